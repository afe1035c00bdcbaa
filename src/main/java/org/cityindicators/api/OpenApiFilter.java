package org.cityindicators.api;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;

import java.util.List;
import java.util.Locale;

/**
 * Completes the generated OpenAPI document by rules rather than by annotations repeated on every operation:
 * <ul>
 * <li>vocabulary enums are documented by the codes clients send and receive ({@link Coded#code()}), not by Java names;</li>
 * <li>every operation with a security requirement may answer 401 and 403;</li>
 * <li>every operation that takes If-Match may answer 412 (stale version) and 428 (no If-Match).</li>
 * </ul>
 */
public class OpenApiFilter implements OASFilter {

    @Override
    public Schema filterSchema(Schema schema) {
        List<Object> values = schema.getEnumeration();
        if (values != null && !values.isEmpty()
                && values.stream().allMatch(v -> v instanceof String s && s.matches("[A-Z][A-Z_]*"))) {
            schema.setEnumeration(values.stream().map(v -> (Object) ((String) v).toLowerCase(Locale.ROOT)).toList());
        }
        return schema;
    }

    @Override
    public Operation filterOperation(Operation operation) {
        if (operation.getSecurity() != null && !operation.getSecurity().isEmpty()) {
            respond(operation, "401", ApiDefinition.UNAUTHORIZED);
            respond(operation, "403", ApiDefinition.FORBIDDEN);
        }
        if (operation.getParameters() != null && operation.getParameters().stream()
                .anyMatch(p -> p.getIn() == Parameter.In.HEADER && "If-Match".equalsIgnoreCase(p.getName()))) {
            respond(operation, "412", ApiDefinition.PRECONDITION_FAILED);
            respond(operation, "428", ApiDefinition.PRECONDITION_REQUIRED);
        }
        return operation;
    }

    private static void respond(Operation operation, String status, String component) {
        if (operation.getResponses() != null && !operation.getResponses().hasAPIResponse(status)) {
            operation.getResponses().addAPIResponse(status,
                    OASFactory.createAPIResponse().ref("#/components/responses/" + component));
        }
    }
}
