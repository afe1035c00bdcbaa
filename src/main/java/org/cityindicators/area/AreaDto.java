package org.cityindicators.area;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.cityindicators.domain.Lang;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.Map;

/** An administrative division with its name in the chosen language. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "Area")
record AreaDto(
        @Schema(description = "GB/T 2260 administrative division code", example = "440700") String code,
        @Schema(description = "Name in the chosen language", example = "江门市") String name,
        @Schema(description = "Names in Chinese and English; only with lang=all", nullable = true,
                example = "{\"zh\": \"江门市\", \"en\": \"Jiangmen\"}") Map<String, String> names,
        @Schema(example = "prefecture") AreaLevel level,
        @Schema(description = "Code of the enclosing division; absent for a top-level one", nullable = true,
                example = "440000") String parent) {

    public static AreaDto from(Area area, Lang lang) {
        return new AreaDto(area.code, area.name(lang), lang.both(area.nameZh, area.nameEn), area.level, area.parentCode);
    }
}
