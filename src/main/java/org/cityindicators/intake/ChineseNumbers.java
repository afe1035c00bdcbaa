package org.cityindicators.intake;

import java.math.BigDecimal;
import java.util.List;

/** The value of Chinese number words given their values as the triggers file lists them (十五 is 15, 一百二十 is 120, 千 is 1000). */
final class ChineseNumbers {

    private ChineseNumbers() {
    }

    static BigDecimal value(List<Integer> words) {
        long total = 0;
        long digit = 0;
        for (int w : words) {
            if (w < 10) {
                digit = w;
            } else {
                total += (digit == 0 ? 1 : digit) * w;
                digit = 0;
            }
        }
        return BigDecimal.valueOf(total + digit);
    }
}
