package org.cityindicators.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;
import java.util.function.Function;

/** One page of a longer list, with enough to ask for the others. */
public record PageDto<T>(
        @Schema(description = "The items of this page") List<T> items,
        @Schema(description = "Where this page lies in the whole list") PageInfo page,
        @Schema(description = "Number of items matching the query, over all pages", example = "46") long total) {

    /** Position of a page: 1-based number, requested size and the count of pages. */
    public record PageInfo(@Schema(example = "1") int number,
                           @Schema(example = "50") int size,
                           @Schema(example = "1") long totalPages) {
    }

    public static <E, T> PageDto<T> of(List<E> rows, Function<E, T> mapper, Paging paging, long total) {
        long pages = total == 0 ? 0 : (total + paging.size() - 1) / paging.size();
        return new PageDto<>(rows.stream().map(mapper).toList(), new PageInfo(paging.page(), paging.size(), pages), total);
    }
}
