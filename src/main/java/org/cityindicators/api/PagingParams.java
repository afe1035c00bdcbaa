package org.cityindicators.api;

import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** The {@code page} and {@code size} query parameters of every list operation. */
public class PagingParams {

    @QueryParam("page")
    @Parameter(description = "Page number, starting at 1",
            schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "" + Paging.MAX_PAGE, defaultValue = "1"))
    String page;

    @QueryParam("size")
    @Parameter(description = "Items per page, at most " + Paging.MAX_SIZE,
            schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "" + Paging.MAX_SIZE,
                    defaultValue = "" + Paging.DEFAULT_SIZE))
    String size;

    public Paging toPaging() {
        return new Paging(Params.integer("page", page, 1, 1, Paging.MAX_PAGE),
                Params.integer("size", size, Paging.DEFAULT_SIZE, 1, Paging.MAX_SIZE));
    }
}
