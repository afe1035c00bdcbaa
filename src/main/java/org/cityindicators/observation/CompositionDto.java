package org.cityindicators.observation;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.util.List;

/** A parent figure checked against the sum of its published parts. */
@Schema(name = "CompositionCheck")
record CompositionDto(
        @Schema(example = "retail.total") String indicator,
        @Schema(nullable = true, example = "440700") String area,
        @Schema(nullable = true) String project,
        @Schema(nullable = true) Scope scope,
        @Schema(example = "actual") Measure measure,
        @Schema(example = "2023") String period,
        @Schema(example = "CNY_100M") String unit,
        @Schema(example = "1347.90") String valueText,
        @Schema(example = "exact") Qualifier qualifier,
        @Schema(description = "Sum of the parts published for the same area, scope, measure and period, each converted "
                + "exactly to the whole's unit; parts whose units do not add up with the whole's are left out", example = "1347.90")
        String partsSum,
        @Schema(description = "Whole minus the sum of its parts", example = "0.00") String difference,
        @Schema(description = "Parts defined in the catalogue", example = "2") int partsDefined,
        @Schema(description = "Parts with a figure here that add up with the whole", example = "2") int partsFound,
        @Schema(description = "All parts are published, all figures exact and the parts add up exactly to the whole",
                example = "true") boolean consistent,
        @Schema(description = "The parts found") List<Part> parts) {

    /** One part of the whole, in its own unit and in the whole's. */
    @Schema(name = "CompositionPart")
    public record Part(@Schema(example = "retail.goods") String indicator,
                       @Schema(example = "1213.11") String valueText,
                       @Schema(description = "Unit of valueText", example = "CNY_100M") String unit,
                       @Schema(description = "The value in the whole's unit, converted exactly (a 万元 part of a 亿元 whole); "
                               + "null when the units do not add up, and then the part is not in partsSum", nullable = true,
                               example = "1213.11") String valueInWholeUnit,
                       @Schema(example = "exact") Qualifier qualifier) {
    }

    static CompositionDto of(StoredObservation whole, List<StoredObservation> parts, int partsDefined) {
        List<Part> shown = parts.stream().map(p -> {
            BigDecimal converted = p.valueInUnitOf(whole);
            return new Part(p.indicator(), p.value().toPlainString(), p.unit(),
                    converted == null ? null : converted.toPlainString(), p.qualifier());
        }).toList();
        List<StoredObservation> added = parts.stream().filter(p -> p.valueInUnitOf(whole) != null).toList();
        BigDecimal sum = added.stream().map(p -> p.valueInUnitOf(whole)).reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal difference = whole.value().subtract(sum);
        boolean exact = whole.qualifier() == Qualifier.EXACT && added.stream().allMatch(p -> p.qualifier() == Qualifier.EXACT);
        return new CompositionDto(whole.indicator(), whole.area(), whole.project(), whole.scope(), whole.measure(),
                whole.period(), whole.unit(), whole.value().toPlainString(), whole.qualifier(), sum.toPlainString(),
                difference.toPlainString(), partsDefined, added.size(),
                exact && added.size() == partsDefined && difference.signum() == 0, shown);
    }
}
