package org.cityindicators.stewardship;


/** A data file that cannot be loaded, with the file, line and column at fault. */
public class DatasetException extends RuntimeException {

    private final long line;
    private final String column;
    private final String problem;

    /** A problem of the file as a whole (line 0). */
    public DatasetException(String message) {
        this(message, null);
    }

    public DatasetException(String message, Throwable cause) {
        super(message, cause);
        this.line = 0;
        this.column = "file";
        this.problem = message;
    }

    /** A problem of one line (1 is the header) and column ("row" for the line as a whole). */
    public DatasetException(String file, long line, String column, String problem) {
        super(file + " line " + line + ", column " + column + ": " + problem);
        this.line = line;
        this.column = column;
        this.problem = problem;
    }

    /** The problem as an import reports it: line, column, and what is wrong there. */
    public ObservationRow.Error error() {
        return new ObservationRow.Error(line, column, problem);
    }
}
