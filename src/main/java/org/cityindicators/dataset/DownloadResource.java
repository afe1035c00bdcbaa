package org.cityindicators.dataset;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.cityindicators.api.ApiDefinition;
import org.cityindicators.cache.DatasetVersion;
import org.cityindicators.observation.ObservationCsv;
import org.cityindicators.observation.ObservationReader;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.io.BufferedWriter;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import javax.sql.DataSource;

/** The whole published dataset as one Frictionless data package: a zip of CSV files and datapackage.json. */
@Path(ApiDefinition.V1 + "/download")
@Tag(name = "download", description = "The whole dataset in one file")
public class DownloadResource {

    static final String ZIP = "application/zip";

    @Inject
    DataSource dataSource;

    @Inject
    ObservationReader reader;

    @Inject
    DatasetVersion version;

    @GET
    @Produces(ZIP)
    @Operation(operationId = "downloadDataset", summary = "Download every current figure and the catalogue",
            description = "A zip holding datapackage.json (Frictionless tabular data package: columns, types, meanings, "
                    + "keys, licence, sources), observations.csv (every current figure, in the columns of the CSV export) "
                    + "and the catalogue files indicators.csv, areas.csv, units.csv, sources.csv and projects.csv in the "
                    + "format of the data files the service loads, so that a package can be loaded into another instance.")
    @APIResponse(responseCode = "200", description = "The package",
            content = @Content(mediaType = ZIP, schema = @Schema(type = SchemaType.STRING, format = "binary")))
    @APIResponse(responseCode = "406", ref = ApiDefinition.NOT_ACCEPTABLE)
    public Response downloadDataset() {
        // the package is dated by the last change of the data, so that the same data gives the same bytes
        var state = version.current();
        Instant modified = state == null ? Instant.now() : state.modifiedAt();
        StreamingOutput body = out -> {
            try (ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8); Connection c = dataSource.getConnection()) {
                OutputStream entry = new FilterOutputStream(zip) {
                    @Override
                    public void close() {
                        // entries end with closeEntry; the zip itself is closed once, at the end
                    }
                };
                zip.putNextEntry(new ZipEntry("datapackage.json"));
                new ObjectMapper().writerWithDefaultPrettyPrinter().writeValue(entry, DataPackage.descriptor(modified, titles(c)));
                zip.closeEntry();
                zip.putNextEntry(new ZipEntry("observations.csv"));
                CSVPrinter figures = ObservationCsv.open(entry, false);
                reader.stream(ObservationReader.everything(), row -> ObservationCsv.write(figures, row));
                figures.flush();
                zip.closeEntry();
                for (Table table : DatasetImporter.CATALOGUE) {
                    zip.putNextEntry(new ZipEntry(table.resource() + ".csv"));
                    CSVPrinter printer = new CSVPrinter(new BufferedWriter(new OutputStreamWriter(entry, StandardCharsets.UTF_8)),
                            CSVFormat.RFC4180);
                    table.export(c, printer);
                    printer.flush();
                    zip.closeEntry();
                }
            } catch (SQLException e) {
                throw new IOException("Reading the dataset failed", e);
            }
        };
        String name = "city-indicators-" + LocalDate.ofInstant(modified, ZoneOffset.UTC) + ".zip";
        return Response.ok(body, ZIP).header("Content-Disposition", "attachment; filename=\"" + name + "\"").build();
    }

    private static List<String> titles(Connection c) throws SQLException {
        try (var st = c.createStatement(); var rs = st.executeQuery("select title from source order by code")) {
            List<String> titles = new ArrayList<>();
            while (rs.next()) {
                titles.add(rs.getString(1));
            }
            return titles;
        }
    }
}
