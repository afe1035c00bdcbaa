package org.cityindicators.category;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.cityindicators.domain.Lang;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.Map;

/** A category with its name in the chosen language (and in both with lang=all). */
@Schema(name = "Category")
record CategoryDto(
        @Schema(description = "Stable code", example = "consumption") String code,
        @Schema(description = "Name in the chosen language", example = "消费") String name,
        @Schema(description = "Names in Chinese and English; only with lang=all", nullable = true)
        @JsonInclude(JsonInclude.Include.NON_NULL) Map<String, String> names,
        @Schema(description = "Place in lists and on the explorer page, smallest first", example = "80") int displayOrder) {

    static CategoryDto from(Category c, Lang lang) {
        return new CategoryDto(c.code, c.name(lang), lang.both(c.nameZh, c.nameEn), c.displayOrder);
    }
}
