package org.cityindicators.api;

import org.cityindicators.domain.Coded;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Completes the generated OpenAPI document by rules rather than by annotations repeated on every operation:
 * <ul>
 * <li>vocabulary enums are documented by the codes clients send and receive ({@link Coded#code()}), not by Java names;</li>
 * <li>every property of an answer's schema that cannot be null is required (answers always carry it), unless the
 * schema lists its required properties itself; request bodies (inputs, patches) say their own;</li>
 * <li>every operation with a security requirement may answer 401 and 403; every other one says it needs none;</li>
 * <li>every operation that takes If-Match may answer 412 (stale version) and 428 (no If-Match);</li>
 * <li>every /api read declares its validators and rate-limit headers, 304 and 429; every /api write 429;</li>
 * <li>one relative server, so that the document works behind any host and path.</li>
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
    public void filterOpenAPI(OpenAPI openAPI) {
        openAPI.setServers(List.of(OASFactory.createServer().url("/")
                .description("This service: paths are relative to the host that served this document")));
        OpenApiHeaders.declare(openAPI.getComponents());
        Map<String, Schema> schemas = openAPI.getComponents().getSchemas();
        if (schemas != null) {
            Set<String> requestBodies = requestBodySchemas(openAPI);
            schemas.forEach((name, schema) -> {
                if (!requestBodies.contains(name)) {
                    requireNonNullable(schema);
                }
            });
        }
        if (openAPI.getPaths() != null) {
            openAPI.getPaths().getPathItems().forEach((path, item) -> item.getOperations()
                    .forEach((method, operation) -> complete(path, method, operation)));
        }
    }

    private static void complete(String path, PathItem.HttpMethod method, Operation operation) {
        if (operation.getSecurity() != null && !operation.getSecurity().isEmpty()) {
            OpenApiHeaders.respond(operation, "401", ApiDefinition.UNAUTHORIZED);
            OpenApiHeaders.respond(operation, "403", ApiDefinition.FORBIDDEN);
        } else {
            operation.setSecurity(new ArrayList<>());
        }
        if (operation.getParameters() != null && operation.getParameters().stream()
                .anyMatch(p -> p.getIn() == Parameter.In.HEADER && "If-Match".equalsIgnoreCase(p.getName()))) {
            OpenApiHeaders.respond(operation, "412", ApiDefinition.PRECONDITION_FAILED);
            OpenApiHeaders.respond(operation, "428", ApiDefinition.PRECONDITION_REQUIRED);
        }
        if (!path.startsWith("/api/") || operation.getResponses() == null) {
            return;
        }
        if (method == PathItem.HttpMethod.GET && !path.endsWith("/changes")) {
            OpenApiHeaders.read(operation);
        } else {
            OpenApiHeaders.write(operation);
        }
    }

    /** Names of the component schemas that operations take as request bodies. */
    private static Set<String> requestBodySchemas(OpenAPI openAPI) {
        Set<String> names = new HashSet<>();
        if (openAPI.getPaths() == null) {
            return names;
        }
        openAPI.getPaths().getPathItems().values().forEach(item -> item.getOperations().values().stream()
                .filter(operation -> operation.getRequestBody() != null && operation.getRequestBody().getContent() != null)
                .flatMap(operation -> operation.getRequestBody().getContent().getMediaTypes().values().stream())
                .map(MediaType::getSchema).filter(Objects::nonNull)
                .map(schema -> schema.getItems() != null ? schema.getItems() : schema)
                .map(Schema::getRef).filter(Objects::nonNull)
                .forEach(ref -> names.add(ref.substring(ref.lastIndexOf('/') + 1))));
        return names;
    }

    private static boolean nullable(Schema schema) {
        return isNull(schema) || (schema.getAnyOf() != null && schema.getAnyOf().stream().anyMatch(OpenApiFilter::isNull))
                || (schema.getOneOf() != null && schema.getOneOf().stream().anyMatch(OpenApiFilter::isNull));
    }

    private static boolean isNull(Schema schema) {
        return schema.getType() != null && schema.getType().contains(Schema.SchemaType.NULL);
    }

    private static void requireNonNullable(Schema schema) {
        if (schema.getProperties() == null || (schema.getRequired() != null && !schema.getRequired().isEmpty())) {
            return;
        }
        List<String> required = schema.getProperties().entrySet().stream()
                .filter(p -> !nullable(p.getValue()))
                .map(Map.Entry::getKey).toList();
        if (!required.isEmpty()) {
            schema.setRequired(new ArrayList<>(required));
        }
    }
}
