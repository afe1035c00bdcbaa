package org.cityindicators.observation;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.cityindicators.domain.Lang;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.time.OffsetDateTime;

/** A published figure with everything needed to show, convert and cite it. */
@Schema(name = "Observation")
public record ObservationDto(
        @Schema(description = "Stable id of the figure across its versions: /api/v1/observations/{id}", example = "42")
        long id,
        @Schema(example = "retail.total") String indicator,
        @Schema(description = "Indicator name in the chosen language", example = "社会消费品零售总额") String indicatorName,
        @Schema(description = "GB/T 2260 code; null for a project's figure", nullable = true, example = "440700") String area,
        @Schema(nullable = true, example = "江门市") String areaName,
        @Schema(description = "Project code; null for an area's figure", nullable = true) String project,
        @Schema(nullable = true) String projectName,
        @Schema(description = "Fiscal scope: consolidated (全市), municipal (市本级) or district_level (区级); null where none "
                + "applies", nullable = true)
        Scope scope,
        @Schema(nullable = true) String scopeName,
        @Schema(description = "2023, 2023-H1, 2023-Q1, 2023-12 or 2024-01/2024-04 (months of one year to date)",
                example = "2023") String period,
        @Schema(example = "year") Frequency frequency,
        @Schema(example = "actual") Measure measure,
        @Schema(example = "实际完成") String measureName,
        @Schema(description = "Value exactly as published, in `unit`", example = "1347.90") BigDecimal value,
        @Schema(description = "The same value as a decimal string, keeping the published decimals", example = "1347.90")
        String valueText,
        @Schema(description = "Digits after the decimal point as published (SDMX DECIMALS): format `value` with them",
                example = "2") int decimals,
        @Schema(example = "CNY_100M") String unit,
        @Schema(description = "Unit symbol in the chosen language", example = "亿元") String unitSymbol,
        @Schema(description = "Value in base units (yuan for money, persons for 万人), computed exactly; null when the unit "
                + "has no base (percent, percentage points)",
                nullable = true, example = "134790000000") BigDecimal valueBase,
        @Schema(nullable = true, example = "CNY") String baseUnit,
        @Schema(description = "exact, more_than (突破/超: a lower bound), about (约) or nearly (近: slightly below)",
                example = "exact") Qualifier qualifier,
        @Schema(example = "精确值") String qualifierName,
        @Schema(example = "jmdaily-2024-02-gdp") String source,
        @Schema(description = "The exact phrase the figure was read from", example = "全市实现社会消费品零售总额1347.90亿元")
        String quote,
        @Schema(description = "When this value was recorded") OffsetDateTime recordedAt,
        @Schema(description = "A withdrawn figure: a tombstone, shown only in change feeds (updatedAfter) and history",
                example = "false") boolean withdrawn,
        @Schema(description = "Every label in Chinese and in English; only with lang=all", nullable = true)
        @JsonInclude(JsonInclude.Include.NON_NULL) Translations labels) {

    /** The labels in both languages. */
    @Schema(name = "ObservationTranslations")
    public record Translations(Labels zh, Labels en) {
    }

    /** The labels of one figure in one language. */
    @Schema(name = "ObservationLabels")
    public record Labels(@Schema(example = "社会消费品零售总额") String indicator, @Schema(example = "江门市") String area,
                         String project, String scope, @Schema(example = "实际完成") String measure,
                         @Schema(example = "亿元") String unit, @Schema(example = "精确值") String qualifier) {

        static Labels of(StoredObservation r, Lang lang) {
            return new Labels(lang.pick(r.indicatorZh(), r.indicatorEn()), lang.pick(r.areaZh(), r.areaEn()),
                    lang.pick(r.projectZh(), r.projectEn()), r.scope() == null ? null : r.scope().label(lang),
                    r.measure().label(lang), lang.pick(r.unitZh(), r.unitEn()), r.qualifier().label(lang));
        }
    }

    public static ObservationDto from(StoredObservation r, Lang lang) {
        Labels l = Labels.of(r, lang);
        return new ObservationDto(r.figureId(), r.indicator(), l.indicator(), r.area(), l.area(), r.project(), l.project(),
                r.scope(), l.scope(), r.period(), r.frequency(), r.measure(), l.measure(),
                r.value(), r.value().toPlainString(), Math.max(r.value().scale(), 0), r.unit(), l.unit(), r.valueBase(), r.baseUnit(),
                r.qualifier(), l.qualifier(), r.source(), r.quote(), r.recordedAt(), r.withdrawn(),
                lang == Lang.ALL ? new Translations(Labels.of(r, Lang.ZH), Labels.of(r, Lang.EN)) : null);
    }
}
