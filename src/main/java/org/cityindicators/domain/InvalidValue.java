package org.cityindicators.domain;

/**
 * A value that is not one the domain knows: an unknown code, a range that runs backwards, a number in no form we read.
 * It names the field (a query parameter, a body field or a CSV column) and says why; the HTTP layer answers it as a 400
 * and an import reports it on the row's line.
 */
public final class InvalidValue extends IllegalArgumentException {

    private final String field;

    public InvalidValue(String field, String why) {
        super(why);
        this.field = field;
    }

    public String field() {
        return field;
    }

    /** Text from a client, shortened and with control characters masked, fit to quote back in an answer. */
    public static String clip(String text) {
        if (text == null) {
            return "";
        }
        String printable = text.replaceAll("\\p{Cntrl}", "?");
        return printable.length() > 64 ? printable.substring(0, 64) + "…" : printable;
    }

    /** Parse failures are answered, not debugged: no stack trace to fill. */
    @Override
    public synchronized Throwable fillInStackTrace() {
        return this;
    }
}
