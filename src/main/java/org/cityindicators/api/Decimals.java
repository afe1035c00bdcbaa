package org.cityindicators.api;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;

import java.io.IOException;
import java.math.BigDecimal;
import java.util.regex.Pattern;

/**
 * The numbers a figure is published with: at most 15 digits before the point and 10 after, kept as printed. The bound
 * is checked before anything expands a number, so that {@code 1e999999999} is refused instead of written out.
 */
public final class Decimals {

    public static final String FORM = "a decimal number such as 1347.90, with at most 15 digits before the point and 10 after";
    static final int INTEGER_DIGITS = 15;
    static final int FRACTION_DIGITS = 10;
    /** Longer texts are refused unread: no number of this form, even with an exponent, needs more. */
    private static final int MAX_TEXT = 40;
    private static final Pattern PLAIN = Pattern.compile("-?[0-9]{1," + INTEGER_DIGITS + "}(\\.[0-9]{1," + FRACTION_DIGITS + "})?");

    private Decimals() {
    }

    /** A number as a data file writes it (plain notation, a dot for decimals), or null when it is not of that form. */
    public static BigDecimal plain(String text) {
        return PLAIN.matcher(text).matches() ? new BigDecimal(text) : null;
    }

    /** A number in any notation ({@code 1347.90}, {@code 1.3479E+3}) within the bounds, or null. */
    static BigDecimal bounded(String text) {
        String trimmed = text.trim();
        if (trimmed.isEmpty() || trimmed.length() > MAX_TEXT) {
            return null;
        }
        try {
            BigDecimal value = new BigDecimal(trimmed);
            boolean fits = value.scale() <= FRACTION_DIGITS && (long) value.precision() - value.scale() <= INTEGER_DIGITS;
            return fits ? value : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** Reads a JSON number or string into a bounded decimal; anything else is refused as of the wrong form. */
    public static final class Json extends StdScalarDeserializer<BigDecimal> {

        public Json() {
            super(BigDecimal.class);
        }

        @Override
        public BigDecimal deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            JsonToken token = parser.currentToken();
            boolean scalar = token == JsonToken.VALUE_NUMBER_INT || token == JsonToken.VALUE_NUMBER_FLOAT
                    || token == JsonToken.VALUE_STRING;
            BigDecimal value = scalar ? bounded(parser.getText()) : null;
            if (value == null) {
                throw InvalidFormatException.from(parser, FORM, null, BigDecimal.class);
            }
            return value;
        }
    }
}
