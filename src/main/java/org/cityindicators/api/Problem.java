package org.cityindicators.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/** An RFC 9457 problem detail, the body of every error this service answers. */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@Schema(name = "Problem", description = "RFC 9457 problem details", requiredProperties = {"type", "title", "status"})
public record Problem(
        @Schema(description = "URI reference identifying the problem type", example = "about:blank") String type,
        @Schema(description = "Short summary of the problem type", example = "Bad Request") String title,
        @Schema(description = "HTTP status code", example = "400") int status,
        @Schema(description = "What was wrong with this request", example = "Parameter 'measure': unknown value 'foo'") String detail,
        @Schema(description = "The request path", example = "/api/v1/observations") String instance,
        @Schema(description = "One entry per invalid parameter or field") List<Violation> violations,
        @Schema(description = "Imports: one entry per bad cell or row (at most 1000), with its line in the file")
        List<RowError> errors,
        @Schema(description = "Imports: the number of problems found, when more than listed", example = "3")
        Long errorCount) {

    public Problem(String type, String title, int status, String detail, String instance, List<Violation> violations) {
        this(type, title, status, detail, instance, violations, null, null);
    }

    /** A problem in one line (and column) of an uploaded file; line 0 is the file as a whole. */
    @Schema(name = "RowError")
    public record RowError(@Schema(example = "12") long line, @Schema(example = "value") String column,
                           @Schema(example = "'12,5' is not a decimal number such as 1347.90") String message) {
    }

    public static final String MEDIA_TYPE = "application/problem+json";

    /** One invalid parameter or field and why. */
    @Schema(name = "Violation")
    public record Violation(@Schema(example = "measure") String field,
                            @Schema(example = "unknown value 'foo'; allowed: actual, planned") String message) {
    }
}
