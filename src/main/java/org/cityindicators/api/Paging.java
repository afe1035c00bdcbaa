package org.cityindicators.api;

/** A validated page request: 1-based page number and page size. */
public record Paging(int page, int size) {

    public static final int MAX_SIZE = 500;
    public static final int DEFAULT_SIZE = 50;
    public static final int MAX_PAGE = 1_000_000;

    public int offset() {
        return (page - 1) * size;
    }
}
