package org.cityindicators.stewardship;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.cityindicators.api.ApiDefinition;
import org.cityindicators.api.ApiException;
import org.cityindicators.api.LangParam;
import org.cityindicators.api.Preconditions;
import org.cityindicators.api.Stewards;
import org.cityindicators.domain.Lang;
import org.cityindicators.observation.ObservationDto;
import org.cityindicators.observation.ObservationReader;
import org.cityindicators.observation.StoredObservation;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.net.URI;
import java.util.List;

/** One figure as stewards handle it: publish it, read it with its version, correct it, withdraw it, see its history. */
@Path(ApiDefinition.V1 + "/observations")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "observations")
public class ObservationWriteResource {

    @Inject
    ObservationReader reader;

    @Inject
    ObservationWriter writer;

    @Inject
    JsonWebToken token;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({Stewards.EDITOR, Stewards.ADMIN})
    @SecurityRequirement(name = Stewards.BEARER)
    @Operation(operationId = "createObservation", summary = "Publish a new figure",
            description = "Answers 201 with the figure, its Location and its ETag; 409 when the figure (same indicator, area "
                    + "or project, scope, measure and period) exists already: correct that one instead.")
    @APIResponse(responseCode = "201", description = "The new figure",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ObservationDto.class)))
    @APIResponse(responseCode = "400", ref = ApiDefinition.BAD_REQUEST)
    @APIResponse(responseCode = "409", ref = ApiDefinition.CONFLICT)
    public Response createObservation(ObservationInput input, @BeanParam LangParam langParam) {
        Lang lang = langParam.resolve(); // every parameter is checked before anything is written
        long figureId = writer.create(ObservationInput.required(input), token.getName());
        StoredObservation row = reader.figure(figureId);
        return Response.created(URI.create(ApiDefinition.V1 + "/observations/" + figureId))
                .entity(ObservationDto.from(row, lang)).tag(Long.toString(row.id())).build();
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getObservation", summary = "Get one figure",
            description = "The current version. Its ETag is `\"<version>-<hash>\"`: the version id, then a hash of this "
                    + "representation (language, format, compression) and of everything it shows, so that it changes when "
                    + "the labels of its indicator, area or unit do. Send it back in If-Match to correct or withdraw the "
                    + "figure: only the version id is compared.")
    @APIResponse(responseCode = "200", description = "The figure",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ObservationDto.class)))
    @APIResponse(responseCode = "304", description = "Not modified since the ETag in If-None-Match")
    @APIResponse(responseCode = "404", ref = ApiDefinition.NOT_FOUND)
    public Response getObservation(@Parameter(description = "Figure id", example = "1", schema = @Schema(type = SchemaType.INTEGER, format = "int64", minimum = "1"))
            @PathParam("id") String id,
                                   @BeanParam LangParam langParam) {
        Lang lang = langParam.resolve();
        StoredObservation row = existing(id);
        return Preconditions.read(row.id(), ObservationDto.from(row, lang));
    }

    @GET
    @Path("/{id}/history")
    @Operation(operationId = "getObservationHistory", summary = "Every version of a figure",
            description = "Oldest first: the value first published, each correction with when and why, and a withdrawal "
                    + "as a version with `withdrawn: true`.")
    @APIResponse(responseCode = "200", description = "The versions")
    @APIResponse(responseCode = "404", ref = ApiDefinition.NOT_FOUND)
    public List<VersionDto> getObservationHistory(@Parameter(description = "Figure id", example = "1", schema = @Schema(type = SchemaType.INTEGER, format = "int64", minimum = "1"))
            @PathParam("id") String id,
                                                  @BeanParam LangParam langParam) {
        Lang lang = langParam.resolve();
        existing(id);
        return reader.history(Long.parseLong(id)).stream().map(r -> VersionDto.from(r, lang)).toList();
    }

    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Stewards.EDITOR, Stewards.ADMIN})
    @SecurityRequirement(name = Stewards.BEARER)
    @Operation(operationId = "correctObservation", summary = "Correct a figure",
            description = "Adds a version with the corrected value, unit, qualifier, source or quote (the indicator, area or "
                    + "project, scope, measure and period stay); the earlier value stays in the history and in asOf "
                    + "queries. Needs If-Match with the current ETag and a reason. Sending the current content again "
                    + "changes nothing (idempotent).")
    @APIResponse(responseCode = "200", description = "The corrected figure",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ObservationDto.class)))
    @APIResponse(responseCode = "400", ref = ApiDefinition.BAD_REQUEST)
    @APIResponse(responseCode = "404", ref = ApiDefinition.NOT_FOUND)
    public Response correctObservation(@Parameter(description = "Figure id", example = "1", schema = @Schema(type = SchemaType.INTEGER, format = "int64", minimum = "1"))
            @PathParam("id") String id,
                                       @Parameter(description = "ETag of the version being corrected") @HeaderParam("If-Match") String ifMatch,
                                       ObservationInput input, @BeanParam LangParam langParam) {
        Lang lang = langParam.resolve(); // every parameter is checked before anything is written
        long figureId = existing(id).figureId();
        writer.correct(figureId, ObservationInput.required(input), ifMatch, token.getName());
        return current(figureId, lang);
    }

    @DELETE
    @Path("/{id}")
    @RolesAllowed({Stewards.EDITOR, Stewards.ADMIN})
    @SecurityRequirement(name = Stewards.BEARER)
    @Operation(operationId = "withdrawObservation", summary = "Withdraw a figure",
            description = "Adds a tombstone version: the figure leaves current queries but stays in its history, in asOf "
                    + "queries before the withdrawal, and in change feeds. Needs If-Match and a reason.")
    @APIResponse(responseCode = "200", description = "The tombstone",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ObservationDto.class)))
    @APIResponse(responseCode = "400", ref = ApiDefinition.BAD_REQUEST)
    @APIResponse(responseCode = "404", ref = ApiDefinition.NOT_FOUND)
    public Response withdrawObservation(@Parameter(description = "Figure id", example = "1", schema = @Schema(type = SchemaType.INTEGER, format = "int64", minimum = "1"))
            @PathParam("id") String id,
                                        @Parameter(description = "ETag of the current version") @HeaderParam("If-Match") String ifMatch,
                                        @Parameter(description = "Why the figure is withdrawn", required = true)
                                        @QueryParam("reason") String reason,
                                        @BeanParam LangParam langParam) {
        Lang lang = langParam.resolve(); // every parameter is checked before anything is written
        long figureId = existing(id).figureId();
        writer.withdraw(figureId, reason, ifMatch, token.getName());
        return current(figureId, lang);
    }

    private Response current(long figureId, Lang lang) {
        StoredObservation row = reader.figure(figureId);
        return Response.ok(ObservationDto.from(row, lang)).tag(Long.toString(row.id())).build();
    }

    private StoredObservation existing(String id) {
        StoredObservation row = id.matches("[0-9]{1,18}") ? reader.figure(Long.parseLong(id)) : null;
        if (row == null) {
            throw ApiException.notFound("figure", id);
        }
        return row;
    }
}
