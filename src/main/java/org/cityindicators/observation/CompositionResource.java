package org.cityindicators.observation;

import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.cityindicators.api.ApiDefinition;
import org.cityindicators.api.ApiException;
import org.cityindicators.api.PageDto;
import org.cityindicators.api.Paging;
import org.cityindicators.api.PagingParams;
import org.cityindicators.indicator.Indicator;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Checks every published whole against the sum of its published parts (e.g. goods retail + catering = retail). */
@Path(ApiDefinition.V1 + "/compositions")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "observations")
public class CompositionResource {

    @Inject
    ObservationReader reader;

    @GET
    @Operation(operationId = "listCompositions", summary = "Check wholes against the sum of their parts",
            description = "For each figure of an indicator that has parts in the catalogue (levels only: actual, planned, "
                    + "adjusted budget), the parts published for the same area or project, scope, measure and period, "
                    + "their sum and the difference. A difference is not an error by itself: a report may name only "
                    + "some parts (the Greater Bay Area allocation of 5.22 includes 3.06 and 1.86).")
    @APIResponse(responseCode = "200", description = "A page of checks",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CompositionPage.class),
                    examples = @ExampleObject(name = "retail",
                    summary = "GET /api/v1/compositions?indicator=retail.total", value = ObservationExamples.COMPOSITION)))
    @APIResponse(responseCode = "400", ref = ApiDefinition.BAD_REQUEST)
    public PageDto<CompositionDto> listCompositions(@BeanParam ObservationParams params, @BeanParam PagingParams pagingParams) {
        ObservationFilter asked = params.toFilter();
        if (asked.measures().stream().anyMatch(m -> !Derivation.LEVELS.contains(m))) {
            throw ApiException.badParameter("measure", "parts add up only for levels: actual, planned, adjusted_budget");
        }
        List<String> wholes = Indicator.<Indicator>list("parentCode is not null").stream().map(i -> i.parentCode)
                .distinct().filter(code -> asked.indicators().isEmpty() || asked.indicators().contains(code)).sorted().toList();
        Paging paging = pagingParams.toPaging(StoredObservation.KEY_LENGTH);
        if (wholes.isEmpty()) {
            return paging.page(List.<StoredObservation>of(), r -> null, StoredObservation::key, 0);
        }
        if (asked.updatedAfter() != null) {
            throw ApiException.badParameter("updatedAfter", "a composition check compares published figures; use asOf");
        }
        ObservationFilter filter = asked.withIndicators(wholes, asked.measures().isEmpty() ? Derivation.LEVELS : asked.measures());
        List<StoredObservation> page = reader.page(filter, paging);
        Map<String, List<StoredObservation>> partsByWhole = parts(page, filter);
        Map<String, Long> defined = Indicator.<Indicator>list("parentCode in ?1", wholes).stream()
                .collect(Collectors.groupingBy(i -> i.parentCode, Collectors.counting()));
        return paging.page(page, w -> CompositionDto.of(w, partsByWhole.getOrDefault(key(w, w.indicator()), List.of()),
                defined.get(w.indicator()).intValue()), StoredObservation::key, reader.count(filter));
    }

    /** The published parts of the wholes on a page, keyed like {@link #key}. */
    private Map<String, List<StoredObservation>> parts(List<StoredObservation> wholes, ObservationFilter filter) {
        if (wholes.isEmpty()) {
            return Map.of();
        }
        Map<String, String> parentOf = Indicator.<Indicator>list("parentCode in ?1", distinct(wholes, StoredObservation::indicator))
                .stream().collect(Collectors.toMap(i -> i.code, i -> i.parentCode));
        List<StoredObservation> parts = new ArrayList<>();
        // a figure has an area or a project, so the two kinds of wholes need a query each
        for (boolean ofAreas : new boolean[] {true, false}) {
            List<StoredObservation> group = wholes.stream().filter(w -> (w.area() != null) == ofAreas).toList();
            if (!group.isEmpty()) {
                parts.addAll(reader.all(new ObservationFilter(new ArrayList<>(parentOf.keySet()),
                        distinct(group, StoredObservation::area), distinct(group, StoredObservation::project), List.of(),
                        distinct(group, StoredObservation::measure), filter.frequency(), filter.from(), filter.to(), null,
                        filter.asOf(), null)));
            }
        }
        return parts.stream().collect(Collectors.groupingBy(p -> key(p, parentOf.get(p.indicator()))));
    }

    private static String key(StoredObservation row, String whole) {
        return String.join("|", whole, String.valueOf(row.area()), String.valueOf(row.project()),
                String.valueOf(row.scope()), row.measure().code(), row.period());
    }

    private static <T> List<T> distinct(Collection<StoredObservation> rows, Function<StoredObservation, T> field) {
        return rows.stream().map(field).filter(Objects::nonNull).distinct().toList();
    }

    /** The page of checks, for the OpenAPI document. */
    @Schema(name = "CompositionPage")
    record CompositionPage(List<CompositionDto> items, PageDto.PageInfo page, long total) {
    }
}
