package org.cityindicators.intake;

import com.ibm.icu.text.Transliterator;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * Traditional to simplified Chinese one character at a time, with ICU's Hant-Hans transliterator, so that a
 * traditional text can be matched against a simplified vocabulary while every position still maps back to the text.
 */
final class HanScript {

    private static final Transliterator HANT_HANS = Transliterator.getInstance("Hant-Hans");
    private static final ConcurrentMap<Character, String> CACHE = new ConcurrentHashMap<>();

    private HanScript() {
    }

    /** The simplified form of one character: itself unless it is a CJK ideograph with another simplified form. */
    static String simplified(char c) {
        if (!isIdeograph(c)) {
            return String.valueOf(c);
        }
        return CACHE.computeIfAbsent(c, HanScript::convert);
    }

    /** The simplified form of a whole word, character by character (for vocabulary and trigger words). */
    static String simplified(String word) {
        StringBuilder out = new StringBuilder(word.length());
        for (int i = 0; i < word.length(); i++) {
            out.append(simplified(word.charAt(i)));
        }
        return out.toString();
    }

    private static String convert(char c) {
        synchronized (HANT_HANS) {
            return HANT_HANS.transliterate(String.valueOf(c));
        }
    }

    private static boolean isIdeograph(char c) {
        return (c >= '\u3400' && c <= '\u9FFF') || (c >= '\uF900' && c <= '\uFAFF');
    }
}
