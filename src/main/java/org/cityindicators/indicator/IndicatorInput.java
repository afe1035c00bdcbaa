package org.cityindicators.indicator;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.cityindicators.api.ApiException;
import org.cityindicators.api.Coded;
import org.cityindicators.api.Problem;
import org.cityindicators.unit.Unit;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.Objects;

/** An indicator as an administrator writes it. */
@Schema(name = "IndicatorInput")
public record IndicatorInput(
        @NotBlank @Size(max = 200) @Schema(required = true, example = "社会消费品零售总额") String nameZh,
        @NotBlank @Size(max = 300) @Schema(required = true, example = "Total retail sales of consumer goods") String nameEn,
        @Size(max = 2000) String descriptionZh,
        @Size(max = 2000) String descriptionEn,
        @NotBlank @Schema(required = true, example = "consumption") String category,
        @NotBlank @Schema(required = true, example = "CNY_100M") String unit,
        @NotNull @Schema(required = true, description = "Whether figures carry a fiscal scope", example = "false") Boolean scoped,
        @Schema(description = "Code of the indicator this one is part of", example = "retail.total") String parent) {

    /** Checks what annotations cannot: the category, the unit and the parent exist, and no indicator is its own part. */
    void check(String code) {
        Coded.parse(Category.class, category, "category");
        if (Unit.findById(unit) == null) {
            throw ApiException.badParameter("unit", "unknown unit '" + Problem.clip(unit) + "'");
        }
        for (String ancestor = parent; ancestor != null; ) {
            if (ancestor.equals(code)) {
                throw ApiException.badParameter("parent", "an indicator cannot be part of itself");
            }
            Indicator above = Indicator.findById(ancestor);
            if (above == null) {
                throw ApiException.badParameter("parent", "unknown indicator '" + Problem.clip(ancestor) + "'");
            }
            ancestor = above.parentCode;
        }
    }

    boolean sameAs(Indicator i) {
        return nameZh.equals(i.nameZh) && nameEn.equals(i.nameEn) && Objects.equals(descriptionZh, i.descriptionZh)
                && Objects.equals(descriptionEn, i.descriptionEn) && category.equals(i.category.code())
                && unit.equals(i.unit.code) && scoped == i.scoped && Objects.equals(parent, i.parentCode);
    }

    void applyTo(Indicator i, String code) {
        i.code = code;
        i.nameZh = nameZh;
        i.nameEn = nameEn;
        i.descriptionZh = descriptionZh;
        i.descriptionEn = descriptionEn;
        i.category = Coded.parse(Category.class, category, "category");
        i.unit = Unit.findById(unit);
        i.scoped = scoped;
        i.parentCode = parent;
    }
}
