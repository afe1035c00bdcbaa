package org.cityindicators.dataset;

/** A data file that cannot be loaded, with the file, line and column at fault. */
public class DatasetException extends RuntimeException {

    public DatasetException(String message) {
        super(message);
    }

    public DatasetException(String message, Throwable cause) {
        super(message, cause);
    }
}
