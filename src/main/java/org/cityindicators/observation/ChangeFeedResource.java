package org.cityindicators.observation;

import io.smallrye.mutiny.Multi;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.sse.OutboundSseEvent;
import jakarta.ws.rs.sse.Sse;
import org.cityindicators.api.ApiDefinition;
import org.cityindicators.api.ApiException;
import org.cityindicators.api.LangParam;
import org.cityindicators.domain.Lang;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.List;

/** Server-Sent Events: every committed change to a figure, pushed to dashboards. */
@Path(ApiDefinition.V1 + "/changes")
@Tag(name = "observations")
public class ChangeFeedResource {

    @Inject
    ChangeFeed feed;

    @GET
    @Produces(MediaType.SERVER_SENT_EVENTS)
    @Operation(operationId = "streamChanges", summary = "Stream changes to figures (Server-Sent Events)",
            description = "One event `observation` per committed version: a new figure, a correction, or a withdrawal "
                    + "(`withdrawn: true`). The event id is the version id: reconnect with Last-Event-ID (EventSource does "
                    + "it by itself) to continue without a gap. Without one, the stream starts at the next change. A "
                    + "comment line every 15 s keeps the connection open.")
    @APIResponse(responseCode = "200", description = "The event stream",
            content = @Content(mediaType = MediaType.SERVER_SENT_EVENTS, schema = @Schema(type = SchemaType.STRING),
                    examples = @ExampleObject(name = "correction", value = "id: 47\nevent: observation\ndata: "
                            + "{\"id\":30,\"indicator\":\"retail.total\",\"valueText\":\"1347.95\",\"withdrawn\":false,...}\n\n")))
    @APIResponse(responseCode = "400", ref = ApiDefinition.BAD_REQUEST)
    public Multi<OutboundSseEvent> streamChanges(
            @Parameter(description = "The last event id received; sent by EventSource when it reconnects")
            @HeaderParam("Last-Event-ID") String lastEventIdHeader,
            @Parameter(description = "The same as Last-Event-ID, for clients that cannot set headers")
            @QueryParam("lastEventId") String lastEventIdParam,
            @BeanParam LangParam langParam, @Context Sse sse) {
        Lang lang = langParam.resolve();
        String given = lastEventIdHeader != null ? lastEventIdHeader : lastEventIdParam;
        long after;
        if (given == null || given.isBlank()) {
            after = feed.now();
        } else if (given.trim().matches("[0-9]{1,18}")) {
            after = Long.parseLong(given.trim());
        } else {
            throw ApiException.badParameter("lastEventId", "an event id is a whole number");
        }
        return feed.after(after).onItem().transformToIterable(batch -> batch.isEmpty()
                ? List.of(sse.newEventBuilder().comment("keep-alive").build())
                : batch.stream().map(row -> event(sse, row, lang)).toList());
    }

    private OutboundSseEvent event(Sse sse, StoredObservation row, Lang lang) {
        return sse.newEventBuilder().id(Long.toString(row.id())).name("observation")
                    .mediaType(MediaType.APPLICATION_JSON_TYPE).data(ObservationDto.class, ObservationDto.from(row, lang)).build();
    }
}
