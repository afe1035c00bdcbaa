package org.cityindicators.api;

/**
 * Reads a header that lists values with quality weights (RFC 9110 §12.4.2: Accept, Accept-Language,
 * Accept-Encoding): {@code en-US, en;q=0.8, *;q=0}. One pass over the header, in time linear in its length whatever it
 * holds (Vert.x Web's parser splits with a regular expression that overflows the stack on a long header with commas).
 * A member whose weight is not a valid qvalue is ignored, as if it were refused.
 */
final class QualityValues {

    /** Receives each member of the list: its value (trimmed, parameters removed), weight and position. */
    public interface Member {
        void accept(String value, int weight, int position);
    }

    /** The weight of a member without q: 1, in thousandths. */
    public static final int FULL = 1000;

    private QualityValues() {
    }

    /** Calls {@code member} with each member of the header, in order, weights in thousandths (0 to 1000). */
    public static void forEach(String header, Member member) {
        if (header == null) {
            return;
        }
        int position = 0;
        int start = 0;
        while (start <= header.length()) {
            int end = header.indexOf(',', start);
            if (end < 0) {
                end = header.length();
            }
            int parameters = header.indexOf(';', start);
            int valueEnd = parameters < 0 || parameters > end ? end : parameters;
            String value = header.substring(start, valueEnd).trim();
            int weight = valueEnd == end ? FULL : weight(header, valueEnd, end);
            if (!value.isEmpty() && weight >= 0) {
                member.accept(value, weight, position++);
            }
            start = end + 1;
        }
    }

    /** The q parameter among the parameters in header[from, to) (each starting with ';'), or -1 when invalid. */
    private static int weight(String header, int from, int to) {
        int weight = FULL;
        int at = from;
        while (at < to) {
            int next = header.indexOf(';', at + 1);
            if (next < 0 || next > to) {
                next = to;
            }
            String parameter = header.substring(at + 1, next).trim();
            if (parameter.length() > 1 && (parameter.charAt(0) == 'q' || parameter.charAt(0) == 'Q')
                    && parameter.substring(1).trim().startsWith("=")) {
                weight = qvalue(parameter.substring(parameter.indexOf('=') + 1).trim());
            }
            at = next;
        }
        return weight;
    }

    /** A qvalue ("0", "0.5", "1.000"...) in thousandths, or -1 when it is not one. */
    static int qvalue(String text) {
        if (text.isEmpty() || text.length() > 5 || (text.charAt(0) != '0' && text.charAt(0) != '1')
                || (text.length() > 1 && text.charAt(1) != '.')) {
            return -1;
        }
        int thousandths = (text.charAt(0) - '0') * FULL;
        int unit = 100;
        for (int i = 2; i < text.length(); i++, unit /= 10) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            thousandths += (c - '0') * unit;
        }
        return thousandths > FULL ? -1 : thousandths;
    }
}
