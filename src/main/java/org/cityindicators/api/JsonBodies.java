package org.cityindicators.api;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.deser.BeanDeserializerModifier;
import com.fasterxml.jackson.databind.deser.std.DelegatingDeserializer;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.introspect.BeanPropertyDefinition;
import com.fasterxml.jackson.databind.module.SimpleModule;
import org.cityindicators.domain.InvalidValue;

import java.io.IOException;
import java.math.BigDecimal;
import java.util.Collection;

/**
 * Why a JSON body could not be read, in the API's terms: the field at fault and the form it takes, never Jackson's
 * words or a Java type. Jackson's stream limits (a number of over 1000 characters, say) are met while the parser reads
 * a token, before any field is known; {@link #configure} makes them name their field as well.
 */
public final class JsonBodies {

    private JsonBodies() {
    }

    /** Lets refusals by the stream limits name the field they were met in. */
    public static ObjectMapper configure(ObjectMapper mapper) {
        return mapper.registerModule(new SimpleModule("field-limits").setDeserializerModifier(new BeanDeserializerModifier() {
            @Override
            public JsonDeserializer<?> modifyDeserializer(DeserializationConfig config, BeanDescription bean,
                                                          JsonDeserializer<?> deserializer) {
                return new Limited(deserializer, bean);
            }
        }));
    }

    /** The path of the field at fault ({@code value}, {@code items[2].code}), or empty when it is the body as a whole. */
    public static String field(JacksonException e) {
        if (!(e instanceof JsonMappingException mapping)) {
            return "";
        }
        return InvalidValue.clip(mapping.getPath().stream()
                .map(r -> r.getFieldName() != null ? r.getFieldName() : "[" + r.getIndex() + "]")
                .reduce((a, b) -> b.startsWith("[") ? a + b : a + "." + b).orElse(""));
    }

    /** What was wrong, with the form expected where it is known. */
    public static String problem(JacksonException e) {
        if (e instanceof OverLimit over) {
            return "too long or too deeply nested; expected " + form(over.getTargetType());
        }
        if (e instanceof MismatchedInputException mismatch && mismatch.getTargetType() != null) {
            return "expected " + form(mismatch.getTargetType());
        }
        if (e instanceof JsonMappingException) {
            return "of the wrong type or form";
        }
        if (e instanceof StreamConstraintsException) {
            return "longer or more deeply nested than this service reads";
        }
        return "not well-formed JSON";
    }

    /** Where in the body, as " (line l, column c)", or empty when unknown. */
    public static String where(JacksonException e) {
        JsonLocation location = e.getLocation();
        return location == null ? "" : " (line " + location.getLineNr() + ", column " + location.getColumnNr() + ")";
    }

    static String form(Class<?> type) {
        if (type == BigDecimal.class) {
            return Decimals.FORM;
        } else if (type == String.class) {
            return "a string";
        } else if (type == Boolean.class || type == boolean.class) {
            return "true or false";
        } else if (Number.class.isAssignableFrom(type) || type.isPrimitive()) {
            return "a whole number";
        } else if (Collection.class.isAssignableFrom(type) || type.isArray()) {
            return "an array";
        }
        return "an object";
    }

    /** A field whose value went over a stream limit. */
    static final class OverLimit extends MismatchedInputException {
        OverLimit(JsonParser parser, Class<?> type) {
            super(parser, "over a limit of the JSON reader", type);
        }
    }

    /** A bean's deserializer that turns a stream limit met inside the bean into a refusal of the field it was in. */
    private static final class Limited extends DelegatingDeserializer {
        private final transient BeanDescription bean;

        Limited(JsonDeserializer<?> delegate, BeanDescription bean) {
            super(delegate);
            this.bean = bean;
        }

        @Override
        protected JsonDeserializer<?> newDelegatingInstance(JsonDeserializer<?> delegate) {
            return new Limited(delegate, bean);
        }

        @Override
        public Object deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            try {
                return super.deserialize(parser, context);
            } catch (StreamConstraintsException e) {
                String name = parser.currentName();
                if (name == null) {
                    throw e;
                }
                Class<?> type = bean.findProperties().stream().filter(p -> p.getName().equals(name))
                        .map(BeanPropertyDefinition::getRawPrimaryType).findFirst().orElse(Object.class);
                OverLimit refused = new OverLimit(parser, type);
                refused.prependPath(bean.getBeanClass(), name);
                throw refused;
            }
        }
    }
}
