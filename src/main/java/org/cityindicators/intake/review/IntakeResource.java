package org.cityindicators.intake.review;

import io.quarkus.logging.Log;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.cityindicators.api.ApiDefinition;
import org.cityindicators.api.ApiException;
import org.cityindicators.api.PageDto;
import org.cityindicators.api.Paging;
import org.cityindicators.api.PagingParams;
import org.cityindicators.api.Problem;
import org.cityindicators.api.RequestLimits;
import org.cityindicators.api.Stewards;
import org.cityindicators.config.IndicatorsConfig;
import org.cityindicators.intake.DocumentText;
import org.cityindicators.intake.Draft;
import org.cityindicators.intake.Extractor;
import org.cityindicators.intake.Triggers;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.io.InputStream;
import java.net.URI;
import java.util.List;
import java.util.Map;

/** Document intake: a report's text drafts its figures; stewards review them, then publish the accepted ones. */
@Path(RequestLimits.INTAKES_PATH)
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Stewards.EDITOR, Stewards.ADMIN})
@SecurityRequirement(name = Stewards.BEARER)
@Tag(name = "intakes", description = "Drafting figures from a published report's text, reviewing and publishing them")
public class IntakeResource {

    static final String MERGE_PATCH = "application/merge-patch+json";
    private static final Triggers TRIGGERS = Triggers.shipped();

    @Inject
    IntakeService intakes;

    @Inject
    Publication publication;

    @Inject
    CatalogueVocabulary vocabulary;

    @Inject
    IndicatorsConfig config;

    @Inject
    JsonWebToken token;

    @POST
    @Consumes({MediaType.TEXT_PLAIN, MediaType.TEXT_HTML})
    @Operation(operationId = "createIntake", summary = "Post a report's text and get the draft of its figures",
            description = "The body is the document, text/plain or text/html, in UTF-8 (another declared charset is 415, "
                    + "bytes that are not UTF-8 are 415, never stored as replacement characters; control characters other "
                    + "than tab and line ends are 400). HTML is reduced to its visible text: scripts and styles dropped, "
                    + "blocks as lines, table rows as tab-separated cells. Every number becomes a candidate with its quote "
                    + "and offsets in `document`; a document with no figures gives a draft with no candidates. The source "
                    + "code names the source its figures will be published under: an existing one, or a new one made from "
                    + "this metadata when the intake is published.")
    @RequestBody(required = true, content = {
            @Content(mediaType = MediaType.TEXT_PLAIN, schema = @Schema(type = SchemaType.STRING),
                    examples = @ExampleObject(name = "budget", value = "2023年全市一般公共预算收入完成277.09亿元，同比增长5.4%。")),
            @Content(mediaType = MediaType.TEXT_HTML, schema = @Schema(type = SchemaType.STRING))})
    @APIResponse(responseCode = "201", description = "The draft: the document's text and its candidates",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = IntakeDto.class)))
    @APIResponse(responseCode = "400", ref = ApiDefinition.BAD_REQUEST)
    @APIResponse(responseCode = "401", ref = ApiDefinition.UNAUTHORIZED)
    @APIResponse(responseCode = "403", ref = ApiDefinition.FORBIDDEN)
    @APIResponse(responseCode = "413", description = "The document is larger than indicators.limits.intake-bytes (1 MB)",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "415", description = "Not text/plain or text/html, a charset other than UTF-8, or bytes that are not UTF-8",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response createIntake(
            @Parameter(description = "The document's title", required = true, example = "江门市2023年预算执行情况和2024年预算草案的报告")
            @QueryParam("title") String title,
            @Parameter(description = "Who published it", required = true, example = "江门日报") @QueryParam("publisher") String publisher,
            @Parameter(description = "When: 2024, 2024-02 or 2024-02-01", required = true, example = "2024-02")
            @QueryParam("published") String published,
            @Parameter(description = "A link to it (http or https)") @QueryParam("url") String url,
            @Parameter(description = "The source code its figures are published under", required = true,
                    example = "jmdaily-2024-02-budget-report") @QueryParam("source") String source,
            @Parameter(description = "The area it is about (GB/T 2260)", required = true, example = "440700")
            @QueryParam("area") String area,
            @Parameter(description = "The date 今年, 去年 and 全年 are read against", required = true, example = "2024-02-01")
            @QueryParam("referenceDate") String referenceDate,
            @Context HttpHeaders headers, InputStream body) {
        IntakeMetadata meta = IntakeMetadata.parse(title, publisher, published, url, source, area, referenceDate);
        MediaType type = headers.getMediaType();
        DocumentText text = DocumentBody.read(type, body, config.limits().intakeBytes().asLongValue());
        long started = System.nanoTime();
        Draft draft = Extractor.draft(text, vocabulary.read(), TRIGGERS, meta.area(), meta.referenceDate());
        Log.infof("intake of %d characters drafted %d candidates in %d ms", text.text().length(), draft.candidates().size(),
                (System.nanoTime() - started) / 1_000_000);
        String contentType = MediaType.TEXT_HTML_TYPE.isCompatible(type) ? MediaType.TEXT_HTML : MediaType.TEXT_PLAIN;
        long id = intakes.create(meta, contentType, text, draft, token.getName());
        Intake intake = Intake.findById(id);
        return Response.created(URI.create(RequestLimits.INTAKES_PATH + "/" + id)).tag(Long.toString(intake.version))
                .header(HttpHeaders.CACHE_CONTROL, "no-store").entity(IntakeDto.from(intake, IntakeCandidate.of(id))).build();
    }

    @GET
    @Operation(operationId = "listIntakes", summary = "List intakes, newest first",
            description = "Each intake's metadata, status and counts of candidates, without the document and candidates.")
    @APIResponse(responseCode = "200", description = "A page of intakes")
    @APIResponse(responseCode = "400", ref = ApiDefinition.BAD_REQUEST)
    @APIResponse(responseCode = "401", ref = ApiDefinition.UNAUTHORIZED)
    @APIResponse(responseCode = "403", ref = ApiDefinition.FORBIDDEN)
    public PageDto<IntakeDto> listIntakes(@BeanParam PagingParams pagingParams) {
        Paging paging = pagingParams.toPaging(1);
        List<Intake> rows = paging.first()
                ? Intake.find("from Intake", Sort.descending("id")).range(0, paging.size()).list()
                : Intake.find("id < :after", Sort.descending("id"), Parameters.with("after", after(paging)))
                .range(0, paging.size()).list();
        Map<Long, long[]> counts = IntakeCandidate.counts(rows.stream().map(i -> i.id).toList());
        long[] none = {0, 0};
        return paging.page(rows, i -> IntakeDto.summary(i, (int) counts.getOrDefault(i.id, none)[0],
                (int) counts.getOrDefault(i.id, none)[1]), i -> new Object[] {i.id}, Intake.count());
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getIntake", summary = "Get an intake: the document's text and its candidates",
            description = "Each candidate carries its own `etag`, to send in If-Match when changing it.")
    @APIResponse(responseCode = "200", description = "The intake",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = IntakeDto.class)))
    @APIResponse(responseCode = "401", ref = ApiDefinition.UNAUTHORIZED)
    @APIResponse(responseCode = "403", ref = ApiDefinition.FORBIDDEN)
    @APIResponse(responseCode = "404", ref = ApiDefinition.NOT_FOUND)
    public Response getIntake(@Parameter(description = "Intake id", example = "1", schema = @Schema(type = SchemaType.INTEGER, format = "int64", minimum = "1")) @PathParam("id") String id) {
        Intake intake = existing(id);
        return Response.ok(IntakeDto.from(intake, IntakeCandidate.of(intake.id))).tag(Long.toString(intake.version))
                .header(HttpHeaders.CACHE_CONTROL, "no-store").build();
    }

    @PATCH
    @Path("/{id}/candidates/{n}")
    @Consumes({MERGE_PATCH, MediaType.APPLICATION_JSON})
    @Operation(operationId = "patchIntakeCandidate", summary = "Review a candidate: accept, reject, edit, map it",
            description = "A JSON merge patch (RFC 7396): `status` (proposed, accepted, rejected) and any of indicator, "
                    + "area, project, scope, period, measure, value (as printed, a string), unit, qualifier; null clears a "
                    + "field. Needs If-Match with the candidate's `etag`: 428 without it, 412 when another steward changed "
                    + "it since. Whether the fields make a valid figure is checked when the intake is published.")
    @RequestBody(required = true, content = @Content(mediaType = MERGE_PATCH, schema = @Schema(implementation = CandidateEdit.class),
            examples = @ExampleObject(name = "map", value = "{\"status\":\"accepted\",\"indicator\":\"budget.general.revenue\"}")))
    @APIResponse(responseCode = "200", description = "The candidate as it now is",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CandidateDto.class)))
    @APIResponse(responseCode = "400", ref = ApiDefinition.BAD_REQUEST)
    @APIResponse(responseCode = "401", ref = ApiDefinition.UNAUTHORIZED)
    @APIResponse(responseCode = "403", ref = ApiDefinition.FORBIDDEN)
    @APIResponse(responseCode = "404", ref = ApiDefinition.NOT_FOUND)
    @APIResponse(responseCode = "409", description = "The intake was withdrawn",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "412", ref = ApiDefinition.PRECONDITION_FAILED)
    @APIResponse(responseCode = "428", ref = ApiDefinition.PRECONDITION_REQUIRED)
    public Response patchIntakeCandidate(@Parameter(description = "Intake id", example = "1", schema = @Schema(type = SchemaType.INTEGER, format = "int64", minimum = "1")) @PathParam("id") String id,
                                         @Parameter(description = "Candidate ordinal", example = "1") @PathParam("n") String n,
                                         @Parameter(description = "The candidate's etag") @HeaderParam("If-Match") String ifMatch,
                                         String body) {
        long intakeId = id(id);
        int ordinal = ordinal(intakeId, n);
        intakes.patch(intakeId, ordinal, CandidatePatch.parse(body), ifMatch, token.getName());
        IntakeCandidate candidate = IntakeCandidate.find(intakeId, ordinal);
        return Response.ok(CandidateDto.from(candidate)).tag(Long.toString(candidate.version))
                .header(HttpHeaders.CACHE_CONTROL, "no-store").build();
    }

    @POST
    @Path("/{id}/accept")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "acceptIntakeCandidates", summary = "Accept many candidates at once",
            description = "Either `ordinals` (those candidates), or `minConfidence` (every candidate with an indicator at "
                    + "or above that confidence). Only proposed candidates change: a rejected one stays rejected.")
    @APIResponse(responseCode = "200", description = "The ordinals accepted now",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AcceptRequest.Accepted.class)))
    @APIResponse(responseCode = "400", ref = ApiDefinition.BAD_REQUEST)
    @APIResponse(responseCode = "401", ref = ApiDefinition.UNAUTHORIZED)
    @APIResponse(responseCode = "403", ref = ApiDefinition.FORBIDDEN)
    @APIResponse(responseCode = "404", ref = ApiDefinition.NOT_FOUND)
    @APIResponse(responseCode = "409", description = "The intake was withdrawn",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public AcceptRequest.Accepted acceptIntakeCandidates(@Parameter(description = "Intake id", example = "1", schema = @Schema(type = SchemaType.INTEGER, format = "int64", minimum = "1")) @PathParam("id") String id,
                                                         AcceptRequest request) {
        long intakeId = id(id);
        AcceptRequest checked = AcceptRequest.checked(request);
        return new AcceptRequest.Accepted(intakes.accept(intakeId, checked.ordinals(), checked.minConfidence(), token.getName()));
    }

    @POST
    @Path("/{id}/publish")
    @Operation(operationId = "publishIntake", summary = "Publish the accepted candidates as figures",
            description = "Through the same all-or-nothing path as the bulk import: each accepted candidate is checked "
                    + "like a row of an imported file; any invalid one answers 422 listing every problem by candidate "
                    + "(`candidates[<ordinal>].<field>`) and nothing is written. New figures are inserted; a stored figure "
                    + "that differs gets a new version (give a reason); an identical one is left alone, so publishing "
                    + "again changes nothing. The intake's source is created from its metadata if the catalogue lacks it.")
    @APIResponse(responseCode = "200", description = "What was published",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Publication.Report.class)))
    @APIResponse(responseCode = "400", ref = ApiDefinition.BAD_REQUEST)
    @APIResponse(responseCode = "401", ref = ApiDefinition.UNAUTHORIZED)
    @APIResponse(responseCode = "403", ref = ApiDefinition.FORBIDDEN)
    @APIResponse(responseCode = "404", ref = ApiDefinition.NOT_FOUND)
    @APIResponse(responseCode = "409", description = "The intake was withdrawn",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "Accepted candidates that are not valid figures, or none accepted: nothing was written",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Publication.Report publishIntake(@Parameter(description = "Intake id", example = "1", schema = @Schema(type = SchemaType.INTEGER, format = "int64", minimum = "1")) @PathParam("id") String id,
                                            @Parameter(description = "Why: required when a stored figure gets a new version")
                                            @QueryParam("reason") String reason) {
        if (reason != null && reason.length() > 2000) {
            throw ApiException.badParameter("reason", "at most 2000 characters");
        }
        return publication.publish(id(id), reason, token.getName());
    }

    @POST
    @Path("/{id}/withdraw")
    @Operation(operationId = "withdrawIntake", summary = "Withdraw an intake",
            description = "It can then no longer be changed or published (409); figures it published stay published. "
                    + "Withdrawing it again changes nothing.")
    @APIResponse(responseCode = "200", description = "The intake, withdrawn",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = IntakeDto.class)))
    @APIResponse(responseCode = "400", ref = ApiDefinition.BAD_REQUEST)
    @APIResponse(responseCode = "401", ref = ApiDefinition.UNAUTHORIZED)
    @APIResponse(responseCode = "403", ref = ApiDefinition.FORBIDDEN)
    @APIResponse(responseCode = "404", ref = ApiDefinition.NOT_FOUND)
    public Response withdrawIntake(@Parameter(description = "Intake id", example = "1", schema = @Schema(type = SchemaType.INTEGER, format = "int64", minimum = "1")) @PathParam("id") String id,
                                   @Parameter(description = "Why") @QueryParam("reason") String reason) {
        if (reason != null && reason.length() > 2000) {
            throw ApiException.badParameter("reason", "at most 2000 characters");
        }
        intakes.withdraw(id(id), reason, token.getName());
        return getIntake(id);
    }

    private static Intake existing(String id) {
        Intake intake = Intake.findById(id(id));
        if (intake == null) {
            throw ApiException.notFound("intake", id);
        }
        return intake;
    }

    /** An intake id as sent; 404 for one that cannot be an id (the service answers 404 for one that is none). */
    private static long id(String id) {
        if (id == null || !id.matches("[0-9]{1,18}")) {
            throw ApiException.notFound("intake", id);
        }
        return Long.parseLong(id);
    }

    private static int ordinal(long intakeId, String n) {
        if (n == null || !n.matches("[0-9]{1,9}")) {
            throw ApiException.notFound("candidate", intakeId + "/" + n);
        }
        return Integer.parseInt(n);
    }

    private static long after(Paging paging) {
        try {
            return Long.parseLong(paging.after().get(0));
        } catch (NumberFormatException e) {
            throw ApiException.badParameter("cursor", "not a cursor this list gave out; start again without it");
        }
    }

    /** The fields a PATCH may change (for the OpenAPI document). */
    @Schema(name = "IntakeCandidateEdit")
    record CandidateEdit(@Schema(description = "proposed, accepted or rejected") String status, String indicator,
                         String area, String project, String scope, String period, String measure,
                         @Schema(description = "As printed, such as \"1347.90\"") String value, String unit, String qualifier) {
    }
}
