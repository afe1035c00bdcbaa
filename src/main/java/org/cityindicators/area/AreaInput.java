package org.cityindicators.area;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.cityindicators.api.ApiException;
import org.cityindicators.domain.Coded;
import org.cityindicators.domain.InvalidValue;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.Objects;

/** An administrative division as an administrator writes it. */
@Schema(name = "AreaInput")
record AreaInput(
        @NotBlank @Size(max = 100) @Schema(required = true, example = "江门市") String nameZh,
        @NotBlank @Size(max = 200) @Schema(required = true, example = "Jiangmen") String nameEn,
        @NotBlank @Schema(required = true, example = "prefecture") String level,
        @Schema(description = "Code of the enclosing division", example = "440000") String parent) {

    void check(String code) {
        Coded.parse(AreaLevel.class, level, "level");
        for (String ancestor = parent; ancestor != null; ) {
            if (ancestor.equals(code)) {
                throw ApiException.badParameter("parent", "an area cannot enclose itself");
            }
            Area above = Area.findById(ancestor);
            if (above == null) {
                throw ApiException.badParameter("parent", "unknown area '" + InvalidValue.clip(ancestor) + "'");
            }
            ancestor = above.parentCode;
        }
    }

    boolean sameAs(Area a) {
        return nameZh.equals(a.nameZh) && nameEn.equals(a.nameEn) && level.equals(a.level.code())
                && Objects.equals(parent, a.parentCode);
    }

    void applyTo(Area a, String code) {
        a.code = code;
        a.nameZh = nameZh;
        a.nameEn = nameEn;
        a.level = Coded.parse(AreaLevel.class, level, "level");
        a.parentCode = parent;
    }
}
