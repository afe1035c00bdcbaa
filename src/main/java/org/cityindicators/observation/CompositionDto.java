package org.cityindicators.observation;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.util.List;

/** A parent figure checked against the sum of its published parts. */
@Schema(name = "CompositionCheck")
public record CompositionDto(
        @Schema(example = "retail.total") String indicator,
        @Schema(nullable = true, example = "440700") String area,
        @Schema(nullable = true) String project,
        @Schema(nullable = true) Scope scope,
        @Schema(example = "actual") Measure measure,
        @Schema(example = "2023") String period,
        @Schema(example = "CNY_100M") String unit,
        @Schema(example = "1347.90") String valueText,
        @Schema(example = "exact") Qualifier qualifier,
        @Schema(description = "Sum of the parts published for the same area, scope, measure and period", example = "1347.90")
        String partsSum,
        @Schema(description = "Whole minus the sum of its parts", example = "0.00") String difference,
        @Schema(description = "Parts defined in the catalogue", example = "2") int partsDefined,
        @Schema(description = "Parts with a figure here", example = "2") int partsFound,
        @Schema(description = "All parts are published, all figures exact and the parts add up exactly to the whole",
                example = "true") boolean consistent,
        @Schema(description = "The parts found") List<Part> parts) {

    /** One part of the whole. */
    @Schema(name = "CompositionPart")
    public record Part(@Schema(example = "retail.goods") String indicator,
                       @Schema(example = "1213.11") String valueText,
                       @Schema(example = "exact") Qualifier qualifier) {
    }

    static CompositionDto of(FigureRow whole, List<FigureRow> parts, int partsDefined) {
        BigDecimal sum = parts.stream().map(FigureRow::value).reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal difference = whole.value().subtract(sum);
        boolean exact = whole.qualifier() == Qualifier.EXACT && parts.stream().allMatch(p -> p.qualifier() == Qualifier.EXACT);
        return new CompositionDto(whole.indicator(), whole.area(), whole.project(), whole.scope(), whole.measure(),
                whole.period(), whole.unit(), whole.value().toPlainString(), whole.qualifier(), sum.toPlainString(),
                difference.toPlainString(), partsDefined, parts.size(),
                exact && parts.size() == partsDefined && difference.signum() == 0,
                parts.stream().map(p -> new Part(p.indicator(), p.value().toPlainString(), p.qualifier())).toList());
    }
}
