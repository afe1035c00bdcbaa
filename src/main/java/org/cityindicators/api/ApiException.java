package org.cityindicators.api;

import org.cityindicators.domain.InvalidValue;

import java.util.List;

/** A request the service refuses, with the status and the words to tell the client why. */
public class ApiException extends RuntimeException {

    public final int status;
    public final String title;
    public final List<Problem.Violation> violations;

    public ApiException(int status, String title, String detail, List<Problem.Violation> violations) {
        super(detail, null, false, false);
        this.status = status;
        this.title = title;
        this.violations = violations;
    }

    public static ApiException badParameter(String parameter, String message) {
        return new ApiException(400, "Bad Request", "Parameter '" + parameter + "': " + message,
                List.of(new Problem.Violation(parameter, message)));
    }

    public static ApiException notFound(String what, String code) {
        return new ApiException(404, "Not Found", "No " + what + " with code '" + InvalidValue.clip(code) + "'", List.of());
    }
}
