package org.cityindicators.observation;

import org.cityindicators.domain.Lang;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;

/** One indicator for one area or project, scope, measure and frequency, over time. */
@Schema(name = "Series")
record SeriesDto(
        @Schema(example = "retail.total") String indicator,
        @Schema(example = "社会消费品零售总额") String indicatorName,
        @Schema(nullable = true, example = "440700") String area,
        @Schema(nullable = true) String project,
        @Schema(nullable = true) Scope scope,
        @Schema(example = "actual") Measure measure,
        @Schema(example = "year") Frequency frequency,
        @Schema(description = "Unit of the values; percent for rates", example = "CNY_100M") String unit,
        @Schema(example = "亿元") String unitSymbol,
        @Schema(description = "Points in time order") List<Point> points) {

    /** One period of the series. */
    @Schema(name = "SeriesPoint")
    public record Point(
            @Schema(example = "2023") String period,
            @Schema(example = "1347.90") BigDecimal value,
            @Schema(example = "1347.90") String valueText,
            @Schema(description = "Digits after the decimal point as published (SDMX DECIMALS)", example = "2") int decimals,
            @Schema(nullable = true, example = "134790000000") BigDecimal valueBase,
            @Schema(example = "exact") Qualifier qualifier,
            @Schema(example = "jmdaily-2024-02-gdp") String source,
            @Schema(example = "全市实现社会消费品零售总额1347.90亿元") String quote,
            OffsetDateTime recordedAt) {

        static Point from(StoredObservation r) {
            return new Point(r.period(), r.value(), r.value().toPlainString(), Math.max(r.value().scale(), 0), r.valueBase(), r.qualifier(), r.source(),
                    r.quote(), r.recordedAt());
        }
    }

    /** The series of {@code indicator} that {@code filter} picks out; no points when none was published. */
    static SeriesDto of(CatalogueLookup.IndicatorRef indicator, ObservationFilter filter, List<StoredObservation> rows, Lang lang) {
        Measure measure = filter.measures().get(0);
        String unit = rows.isEmpty() ? null : rows.get(0).unit();
        String symbol = rows.isEmpty() ? null : lang.pick(rows.get(0).unitZh(), rows.get(0).unitEn());
        return new SeriesDto(indicator.code(), indicator.name(lang),
                filter.areas().isEmpty() ? null : filter.areas().get(0),
                filter.projects().isEmpty() ? null : filter.projects().get(0),
                filter.scopes().isEmpty() ? null : filter.scopes().get(0), measure, filter.frequency(),
                unit, symbol, rows.stream().map(Point::from).toList());
    }
}
