package org.cityindicators.indicator;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.cityindicators.domain.Lang;
import org.cityindicators.unit.UnitDto;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.List;
import java.util.Map;

/** An indicator of the catalogue, with names in the chosen language (and in both with lang=all). */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "Indicator")
record IndicatorDto(
        @Schema(description = "Stable readable identifier", example = "retail.total") String code,
        @Schema(description = "Name in the chosen language", example = "社会消费品零售总额") String name,
        @Schema(description = "Names in Chinese and English; only with lang=all", nullable = true) Map<String, String> names,
        @Schema(description = "Description in the chosen language", example = "社会消费品零售总额。") String description,
        @Schema(description = "Category code, see /api/v1/categories", example = "consumption") String category,
        @Schema(description = "Unit of its levels (actual, planned and adjusted-budget figures); rates are in percent") UnitDto unit,
        @Schema(description = "Whether its figures carry a fiscal scope (consolidated 全市 or municipal 市本级)", example = "false")
        boolean scoped,
        @Schema(description = "Code of the indicator this one is a part of; null for a top-level indicator", nullable = true,
                example = "retail.total")
        @JsonInclude(JsonInclude.Include.ALWAYS)
        String parent,
        @Schema(description = "Whether its parts add up to it; false for per-capita values and rates, which are no part and "
                + "have no parts", example = "true") boolean additive,
        @Schema(description = "Other names in Chinese (simplified or traditional) and English, searched by q",
                example = "[\"社零\", \"社零额\", \"retail sales\"]") List<String> aliases) {

    public static IndicatorDto from(Indicator i, Lang lang) {
        return new IndicatorDto(i.code, i.name(lang), lang.both(i.nameZh, i.nameEn), lang.pick(i.descriptionZh, i.descriptionEn),
                i.category, UnitDto.from(i.unit, lang), i.scoped, i.parentCode, i.additive,
                i.aliases.stream().map(a -> a.alias).sorted().toList());
    }
}
