package org.cityindicators.intake;

/** A catalogue entry named in a document: an indicator, a project or an area, by its code. */
record Mention(Kind kind, String code) {

    enum Kind { INDICATOR, PROJECT, AREA }
}
