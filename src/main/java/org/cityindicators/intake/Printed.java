package org.cityindicators.intake;

import org.cityindicators.intake.Vocabulary.Unit;

/**
 * A number as printed: where it starts (a printed minus included), where its digits end and where it ends (unit or
 * fraction word included), its value without thousands separators, and what followed it: a unit of the catalogue,
 * only the start of a unit symbol ({@code prefix}: 亿 of 千亿 when 元 is left out, ending at {@code prefixEnd}), or
 * a fraction word and its factor (六成).
 */
record Printed(int start, int digitsEnd, int end, String digits, boolean negative, Unit unit, String prefix,
               int prefixEnd, Integer fraction) {
}
