package org.cityindicators.intake;

import java.math.BigDecimal;
import java.util.Map;

/**
 * An independent check that a drafted value is a number printed in its quote: as digits (separators removed), or as
 * Chinese number words (六成 as 60, 千亿 as 1000).
 */
final class PrintedNumbers {

    private static final Map<Character, Integer> WORDS = Map.ofEntries(Map.entry('〇', 0), Map.entry('零', 0),
            Map.entry('一', 1), Map.entry('二', 2), Map.entry('两', 2), Map.entry('兩', 2), Map.entry('三', 3),
            Map.entry('四', 4), Map.entry('五', 5), Map.entry('六', 6), Map.entry('七', 7), Map.entry('八', 8),
            Map.entry('九', 9), Map.entry('十', 10), Map.entry('百', 100), Map.entry('千', 1000));

    private PrintedNumbers() {
    }

    static boolean printedIn(String quote, String valueText) {
        String value = valueText.startsWith("-") ? valueText.substring(1) : valueText;
        String digits = quote.replace(",", "");
        if (digits.matches("(?s).*(?<![0-9.])" + value.replace(".", "\\.") + "(?![0-9.]).*")) {
            return true;
        }
        BigDecimal wanted = new BigDecimal(value);
        long total = 0;
        long digit = 0;
        boolean inRun = false;
        for (char c : (quote + " ").toCharArray()) {
            Integer w = WORDS.get(c);
            if (w != null) {
                inRun = true;
                if (w < 10) {
                    digit = w;
                } else {
                    total += (digit == 0 ? 1 : digit) * w;
                    digit = 0;
                }
            } else if (inRun) {
                long run = total + digit;
                if (BigDecimal.valueOf(run).compareTo(wanted) == 0 || BigDecimal.valueOf(run * 10).compareTo(wanted) == 0) {
                    return true;
                }
                total = 0;
                digit = 0;
                inRun = false;
            }
        }
        return false;
    }
}
