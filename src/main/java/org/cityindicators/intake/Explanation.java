package org.cityindicators.intake;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/** The reason of a candidate, part by part, and its confidence: 1 less a doubt for each guess the rules made. */
final class Explanation {

    private static final BigDecimal FLOOR = new BigDecimal("0.05");

    private final List<String> parts = new ArrayList<>();
    private BigDecimal confidence = BigDecimal.ONE;

    /** A part of the reason that costs nothing. */
    Explanation add(String part) {
        parts.add(part);
        return this;
    }

    /** A part of the reason that is a guess, lowering the confidence by {@code doubt} (e.g. "0.1"). */
    Explanation doubt(String part, String doubt) {
        parts.add(part);
        confidence = confidence.subtract(new BigDecimal(doubt));
        return this;
    }

    String reason() {
        return String.join("; ", parts);
    }

    BigDecimal confidence() {
        return confidence.max(FLOOR).setScale(2, RoundingMode.HALF_UP);
    }
}
