package org.cityindicators.api;

import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.media.Schema;

import java.util.List;
import java.util.Locale;

/** Documents vocabulary enums by the codes clients send and receive ({@link Coded#code()}), not by Java names. */
public class VocabularySchemaFilter implements OASFilter {

    @Override
    public Schema filterSchema(Schema schema) {
        List<Object> values = schema.getEnumeration();
        if (values != null && !values.isEmpty()
                && values.stream().allMatch(v -> v instanceof String s && s.matches("[A-Z][A-Z_]*"))) {
            schema.setEnumeration(values.stream().map(v -> (Object) ((String) v).toLowerCase(Locale.ROOT)).toList());
        }
        return schema;
    }
}
