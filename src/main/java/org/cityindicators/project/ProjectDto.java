package org.cityindicators.project;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.cityindicators.domain.Lang;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.Map;

/** A project with its name in the chosen language. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "Project")
record ProjectDto(
        @Schema(example = "zxcxh-phase1") String code,
        @Schema(description = "Name in the chosen language", example = "中新创新航一期项目") String name,
        @Schema(description = "Names in Chinese and English; only with lang=all", nullable = true) Map<String, String> names,
        @Schema(description = "GB/T 2260 code of the area the project is in", example = "440700") String area) {

    public static ProjectDto from(Project p, Lang lang) {
        return new ProjectDto(p.code, p.name(lang), lang.both(p.nameZh, p.nameEn), p.areaCode);
    }
}
