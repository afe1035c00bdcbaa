package org.cityindicators.indicator;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.cityindicators.api.ApiException;
import org.cityindicators.category.Category;
import org.cityindicators.domain.InvalidValue;
import org.cityindicators.unit.Unit;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;

/** An indicator as an administrator writes it. */
@Schema(name = "IndicatorInput")
record IndicatorInput(
        @NotBlank @Size(max = 200) @Schema(required = true, example = "社会消费品零售总额") String nameZh,
        @NotBlank @Size(max = 300) @Schema(required = true, example = "Total retail sales of consumer goods") String nameEn,
        @Size(max = 2000) String descriptionZh,
        @Size(max = 2000) String descriptionEn,
        @NotBlank @Schema(required = true, description = "Category code, see /api/v1/categories", example = "consumption")
        String category,
        @NotBlank @Schema(required = true, description = "Unit code, see /api/v1/units", example = "CNY_100M") String unit,
        @NotNull @Schema(required = true, description = "Whether figures carry a fiscal scope", example = "false") Boolean scoped,
        @Schema(description = "Code of the indicator this one is part of; both must be additive and in units that add up "
                + "(money of one currency, or counts of one base)", example = "retail.total") String parent,
        @Schema(description = "Whether parts add up to it (default true); false for per-capita values and rates",
                example = "true") Boolean additive,
        @Size(max = 50) @Schema(description = "Other names (traditional characters, short forms such as GDP or 社零); "
                + "the language of each is zh when it has a Chinese character, else en", example = "[\"社零\", \"retail sales\"]")
        List<@NotBlank @Size(max = 200) String> aliases) {

    /**
     * Checks what annotations cannot: the category, the unit and the parent exist, no indicator is its own part, and a
     * part adds up with its whole (and with its own parts): both additive, in units of one additive kind and base.
     */
    void check(String code) {
        if (Category.findById(category) == null) {
            throw ApiException.badParameter("category", "unknown category '" + InvalidValue.clip(category) + "'");
        }
        Unit own = Unit.findById(unit);
        if (own == null) {
            throw ApiException.badParameter("unit", "unknown unit '" + InvalidValue.clip(unit) + "'");
        }
        for (String ancestor = parent; ancestor != null; ) {
            if (ancestor.equals(code)) {
                throw ApiException.badParameter("parent", "an indicator cannot be part of itself");
            }
            Indicator above = Indicator.findById(ancestor);
            if (above == null) {
                throw ApiException.badParameter("parent", "unknown indicator '" + InvalidValue.clip(ancestor) + "'");
            }
            ancestor = above.parentCode;
        }
        if (parent != null) {
            Indicator whole = Indicator.byCode(parent);
            String why = Parts.whyNot(code, isAdditive(), own, whole.code, whole.additive, whole.unit);
            if (why != null) {
                throw ApiException.badParameter("parent", why);
            }
        }
        for (Indicator part : Indicator.<Indicator>list("parentCode", code)) {
            String why = Parts.whyNot(part.code, part.additive, part.unit, code, isAdditive(), own);
            if (why != null) {
                throw ApiException.badParameter(isAdditive() ? "unit" : "additive", why);
            }
        }
    }

    boolean isAdditive() {
        return additive == null || additive;
    }

    List<String> aliasList() {
        return aliases == null ? List.of() : List.copyOf(new LinkedHashSet<>(aliases.stream().map(String::strip).toList()));
    }

    boolean sameAs(Indicator i) {
        return nameZh.equals(i.nameZh) && nameEn.equals(i.nameEn) && Objects.equals(descriptionZh, i.descriptionZh)
                && Objects.equals(descriptionEn, i.descriptionEn) && category.equals(i.category)
                && unit.equals(i.unit.code) && scoped == i.scoped && Objects.equals(parent, i.parentCode)
                && isAdditive() == i.additive
                && aliasList().stream().sorted().toList().equals(i.aliases.stream().map(a -> a.alias).sorted().toList());
    }

    void applyTo(Indicator i, String code) {
        i.code = code;
        i.nameZh = nameZh;
        i.nameEn = nameEn;
        i.descriptionZh = descriptionZh;
        i.descriptionEn = descriptionEn;
        i.category = category;
        i.unit = Unit.findById(unit);
        i.scoped = scoped;
        i.parentCode = parent;
        i.additive = isAdditive();
        i.aliases.clear();
        aliasList().forEach(alias -> i.aliases.add(new IndicatorAlias(alias)));
    }
}
