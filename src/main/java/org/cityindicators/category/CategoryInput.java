package org.cityindicators.category;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A category as an administrator writes it. */
@Schema(name = "CategoryInput")
record CategoryInput(
        @NotBlank @Size(max = 100) @Schema(required = true, example = "价格") String nameZh,
        @NotBlank @Size(max = 200) @Schema(required = true, example = "Prices") String nameEn,
        @NotNull @Min(0) @Max(1000000) @Schema(required = true, example = "100") Integer displayOrder) {

    boolean sameAs(Category c) {
        return nameZh.equals(c.nameZh) && nameEn.equals(c.nameEn) && displayOrder == c.displayOrder;
    }

    void applyTo(Category c, String code) {
        c.code = code;
        c.nameZh = nameZh;
        c.nameEn = nameEn;
        c.displayOrder = displayOrder;
    }
}
