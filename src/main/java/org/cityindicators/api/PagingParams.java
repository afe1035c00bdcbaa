package org.cityindicators.api;

import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** The {@code cursor} and {@code size} query parameters of every list operation. */
public class PagingParams {

    @QueryParam("cursor")
    @Parameter(description = "Opaque position to continue from, taken from the `next` link of the previous page; "
            + "absent for the first page")
    String cursor;

    @QueryParam("size")
    @Parameter(description = "Items per page, at most " + Paging.MAX_SIZE + "; a larger size is refused with 400",
            schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "" + Paging.MAX_SIZE,
                    defaultValue = "" + Paging.DEFAULT_SIZE))
    String size;

    @Context
    UriInfo uri;

    /** The page request of a list whose sort key has {@code keyLength} parts. */
    public Paging toPaging(int keyLength) {
        return Paging.parse(cursor, size, uri, keyLength);
    }
}
