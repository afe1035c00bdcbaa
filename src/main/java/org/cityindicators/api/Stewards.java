package org.cityindicators.api;

/** The roles of the bearer tokens that may write, from their "groups" claim. */
public final class Stewards {

    /** Enters and corrects figures. */
    public static final String EDITOR = "editor";
    /** Maintains the catalogue (indicators, areas, sources), reads the audit trail; may also do what an editor does. */
    public static final String ADMIN = "admin";
    /** The security scheme's name in the OpenAPI document. */
    public static final String BEARER = "bearer";

    private Stewards() {
    }
}
