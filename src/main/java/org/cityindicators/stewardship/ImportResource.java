package org.cityindicators.stewardship;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.logging.Log;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import org.cityindicators.api.ApiDefinition;
import org.cityindicators.api.ApiException;
import org.cityindicators.api.Format;
import org.cityindicators.api.JsonBodies;
import org.cityindicators.api.Problem;
import org.cityindicators.api.RequestLimits;
import org.cityindicators.api.Stewards;
import org.cityindicators.domain.InvalidValue;
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

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** Bulk import of figures from a file in the format of the CSV export and of the data files. */
@Path(RequestLimits.IMPORT_PATH)
@Tag(name = "observations")
public class ImportResource {

    @Inject
    ObservationWriter writer;

    @Inject
    ObjectMapper json;

    @Inject
    JsonWebToken token;

    @POST
    @Consumes({Format.CSV_TYPE, MediaType.APPLICATION_JSON})
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({Stewards.EDITOR, Stewards.ADMIN})
    @SecurityRequirement(name = Stewards.BEARER)
    @Operation(operationId = "importObservations", summary = "Import figures from a file",
            description = "CSV with a header row (the columns indicator, area, project, scope, period, measure, value, unit, "
                    + "qualifier, source, quote; others, such as those of the CSV export, are ignored) or a JSON array of "
                    + "FigureInput objects. The whole file is checked first and applied in one transaction, or not at all: "
                    + "a file with any bad row answers 422 listing every bad line and column. A figure that does not exist "
                    + "is inserted; one whose value, unit, qualifier, source or quote differs gets a new version (give a "
                    + "reason); an identical one changes nothing. dryRun=true reports what would change and changes nothing. "
                    + "The body is read in the charset its Content-Type declares (UTF-8 when none is; a UTF-8 byte order "
                    + "mark is allowed); bytes that are not text in it are a bad line. A CSV cell that starts with a single "
                    + "quote followed by = + - @ tab or CR, as the CSV export writes such text, is read without the quote.")
    @RequestBody(content = {
            @Content(mediaType = Format.CSV_TYPE, schema = @Schema(type = SchemaType.STRING), examples = @ExampleObject(name = "retail",
                    value = "indicator,area,project,scope,period,measure,value,unit,qualifier,source,quote\n"
                            + "retail.total,440700,,,2023,actual,1347.90,CNY_100M,exact,jmdaily-2024-02-gdp,全市实现社会消费品零售总额1347.90亿元\n")),
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.ARRAY, implementation = ObservationInput.class))})
    @APIResponse(responseCode = "200", description = "What was (or, in a dry run, would be) done",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ObservationImport.Report.class),
                    examples = @ExampleObject(name = "reload", value = "{\"dryRun\":false,\"rows\":46,\"inserted\":0,\"revised\":1,\"unchanged\":45}")))
    @APIResponse(responseCode = "400", ref = ApiDefinition.BAD_REQUEST)
    @APIResponse(responseCode = "415", description = "A media type other than CSV or JSON, or a charset the service does not know",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "422", description = "Bad rows: nothing was imported; every problem is listed with its line",
            content = @Content(mediaType = Problem.MEDIA_TYPE,
                    schema = @Schema(implementation = Problem.class)))
    public ObservationImport.Report importObservations(
            @Parameter(description = "Report what would change without changing anything",
                    schema = @Schema(type = SchemaType.BOOLEAN, defaultValue = "false")) @QueryParam("dryRun") String dryRun,
            @Parameter(description = "Why: recorded with every corrected figure; required when the file corrects any")
            @QueryParam("reason") String reason,
            @Context HttpHeaders headers, InputStream body) {
        boolean dry = switch (dryRun == null ? "false" : dryRun) {
            case "true" -> true;
            case "false" -> false;
            default -> throw ApiException.badParameter("dryRun", "true or false");
        };
        if (reason != null && reason.length() > 2000) {
            throw ApiException.badParameter("reason", "at most 2000 characters");
        }
        Reader reader = new StrictReader(body, charset(headers.getMediaType()));
        ObservationImport.RowSource rows = MediaType.APPLICATION_JSON_TYPE.isCompatible(headers.getMediaType())
                ? handler -> jsonRows(reader, handler)
                : handler -> CsvTable.stream("the file", reader, ObservationRow.COLUMNS, handler);
        long started = System.nanoTime();
        ObservationImport.Report report = writer.importFigures(rows, token.getName(), reason, dry);
        Log.infof("import of %d rows done (committed) in %d ms", report.rows(), (System.nanoTime() - started) / 1_000_000);
        return report;
    }

    /** The charset a body is declared in (UTF-8 when none is); 415 naming one that Java does not know. */
    static Charset charset(MediaType type) {
        String name = type == null ? null : type.getParameters().get(MediaType.CHARSET_PARAMETER);
        if (name == null) {
            return StandardCharsets.UTF_8;
        }
        try {
            return Charset.forName(name.trim());
        } catch (IllegalArgumentException e) {
            String message = "unknown charset '" + InvalidValue.clip(name) + "'; send UTF-8 (the default) or another charset "
                    + "the service knows, such as GBK";
            throw new ApiException(415, "Unsupported Media Type", "Content-Type: " + message,
                    List.of(new Problem.Violation("Content-Type", message)));
        }
    }

    /** The objects of a JSON array, one at a time; an object's position (from 1) stands for its line. */
    private void jsonRows(Reader body, CsvTable.RowHandler handler) throws IOException {
        long position = 0;
        try (JsonParser parser = json.createParser(body)) {
            if (parser.nextToken() != JsonToken.START_ARRAY) {
                throw new DatasetException("the body is not a JSON array of figures");
            }
            while (parser.nextToken() == JsonToken.START_OBJECT) {
                position++;
                handler.accept(json.readValue(parser, ObservationInput.class).toRow(position));
            }
            if (parser.currentToken() != JsonToken.END_ARRAY) {
                throw new DatasetException("the file", position + 1, "row", "not a figure object");
            }
        } catch (JacksonException e) {
            String field = JsonBodies.field(e);
            throw position == 0 ? new DatasetException("the body is not a JSON array of figures: " + JsonBodies.problem(e))
                    : new DatasetException("the file", position, field.isEmpty() ? "row" : field, JsonBodies.problem(e));
        }
    }
}
