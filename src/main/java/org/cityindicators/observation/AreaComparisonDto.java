package org.cityindicators.observation;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.cityindicators.area.Area;
import org.cityindicators.area.AreaLevel;
import org.cityindicators.domain.Lang;
import org.cityindicators.indicator.Indicator;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/** One indicator across areas for one period, scope and measure, ranked by value. */
@Schema(name = "AreaComparison")
record AreaComparisonDto(
        @Schema(example = "gdp") String indicator,
        @Schema(example = "地区生产总值") String indicatorName,
        @Schema(example = "2023") String period,
        @Schema(description = "The period as people read it, in the chosen language", example = "2023年") String periodName,
        @Schema(example = "year") Frequency frequency,
        @Schema(nullable = true) Scope scope,
        @Schema(nullable = true) String scopeName,
        @Schema(example = "actual") Measure measure,
        @Schema(example = "实际完成") String measureName,
        @Schema(description = "Areas by value, largest first; equal values by area code") List<Row> items) {

    /** One area's figure and its place in the ranking. */
    @Schema(name = "AreaComparisonRow")
    public record Row(
            @Schema(description = "Place in the ranking, from 1", example = "1") int rank,
            @Schema(example = "440700") String area,
            @Schema(description = "Name in the chosen language", example = "江门市") String areaName,
            @Schema(description = "Names in Chinese and English", example = "{\"zh\": \"江门市\", \"en\": \"Jiangmen\"}")
            Map<String, String> names,
            @Schema(example = "prefecture") AreaLevel level,
            @Schema(description = "Code of the enclosing division", nullable = true, example = "440000")
            @JsonInclude(JsonInclude.Include.ALWAYS) String parent,
            @Schema(description = "Value exactly as published, in `unit`", example = "4000") BigDecimal value,
            @Schema(description = "The same value as a decimal string, keeping the published decimals", example = "4000")
            String valueText,
            @Schema(example = "CNY_100M") String unit,
            @Schema(example = "亿元") String unitSymbol,
            @Schema(description = "Value in base units (yuan), exact; null when the unit has none", nullable = true,
                    example = "400000000000") BigDecimal valueBase,
            @Schema(example = "more_than") Qualifier qualifier,
            @Schema(example = "超过") String qualifierName,
            @Schema(example = "jmdaily-2024-02-gdp") String source,
            @Schema(example = "2023年GDP突破4000亿元") String quote) {

        static Row of(int rank, StoredObservation r, Area area, Lang lang) {
            return new Row(rank, r.area(), lang.pick(r.areaZh(), r.areaEn()), Lang.ALL.both(r.areaZh(), r.areaEn()),
                    area.level, area.parentCode, r.value(), r.value().toPlainString(), r.unit(), lang.pick(r.unitZh(), r.unitEn()),
                    r.valueBase(), r.qualifier(), r.qualifier().label(lang), r.source(), r.quote());
        }
    }

    static AreaComparisonDto of(Indicator indicator, Period period, Scope scope, Measure measure, List<Row> rows, Lang lang) {
        return new AreaComparisonDto(indicator.code, indicator.name(lang), period.text(), period.label(lang),
                period.frequency(), scope, scope == null ? null : scope.label(lang), measure, measure.label(lang), rows);
    }
}
