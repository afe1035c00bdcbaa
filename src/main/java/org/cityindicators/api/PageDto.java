package org.cityindicators.api;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;

/** One page of a longer list, with the link to the next page. */
public record PageDto<T>(
        @Schema(description = "The items of this page") List<T> items,
        @Schema(description = "Size of this page and where the next one is") PageInfo page,
        @Schema(description = "Number of items matching the query, over all pages", example = "46") long total) {

    /** The page size asked for and the link to the next page (also sent as a Link header with rel="next"). */
    public record PageInfo(@Schema(example = "100") int size,
                           @Schema(description = "Relative URL of the next page; null on the last page", nullable = true,
                                   example = "/api/v1/observations?size=100&cursor=WyJnZHB8NDQwNzAwfHx8YWN0dWFsIiwiMjAyMy0wMS0wMSIsMzBd")
                           String next) {
    }
}
