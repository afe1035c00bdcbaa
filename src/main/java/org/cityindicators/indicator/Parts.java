package org.cityindicators.indicator;

import org.cityindicators.unit.Unit;

/** When one indicator may be a part of another: both additive, in units whose values add up once in base units. */
final class Parts {

    private Parts() {
    }

    /** Why {@code part} cannot be a part of {@code whole}, or null when it can. */
    static String whyNot(String part, boolean partAdditive, Unit partUnit, String whole, boolean wholeAdditive, Unit wholeUnit) {
        if (!partAdditive) {
            return part + " is not additive (a per-capita value or a rate): it cannot be a part of " + whole;
        }
        if (!wholeAdditive) {
            return whole + " is not additive (a per-capita value or a rate): it cannot have parts such as " + part;
        }
        if (!partUnit.addsUpWith(wholeUnit)) {
            return part + " in " + partUnit.code + " (" + partUnit.kind.code() + ") does not add up with " + whole + " in "
                    + wholeUnit.code + " (" + wholeUnit.kind.code() + "): a part and its whole must be money of one "
                    + "currency or counts of one base";
        }
        return null;
    }
}
