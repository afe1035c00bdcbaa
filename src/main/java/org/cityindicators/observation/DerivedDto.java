package org.cityindicators.observation;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.math.BigDecimal;
import java.util.List;

/** A value computed by the service from published figures; never itself a published figure. */
@Schema(name = "DerivedValue")
record DerivedDto(
        @Schema(example = "budget.general.expenditure") String indicator,
        @Schema(nullable = true, example = "440700") String area,
        @Schema(nullable = true) String project,
        @Schema(nullable = true, example = "consolidated") Scope scope,
        @Schema(example = "2023") String period,
        @Schema(example = "year") Frequency frequency,
        @Schema(description = "change (from the previous period), percent_change (from the previous month), yoy_growth "
                + "(from the same period a year earlier, computed from levels), share_of_parent, execution_rate "
                + "(actual ÷ adjusted budget), per_capita (base units per person)", example = "execution_rate")
        String method,
        @Schema(description = "Measure of the figures it was computed from", example = "actual") Measure basis,
        @Schema(description = "Percentages are rounded half-up to 1 decimal, per-capita values to 2; changes are exact",
                example = "99.9") BigDecimal value,
        @Schema(example = "99.9") String valueText,
        @Schema(description = "Digits after the decimal point of valueText", example = "1") int decimals,
        @Schema(example = "PERCENT") String unit,
        @Schema(description = "exact when every input is exact, otherwise about", example = "exact") Qualifier qualifier,
        @Schema(description = "Always true: this value was computed, not published", example = "true") boolean derived,
        @Schema(description = "The published figures it was computed from") List<Input> inputs) {

    /** A published figure used in a derivation. */
    @Schema(name = "DerivedInput")
    public record Input(@Schema(example = "budget.general.expenditure") String indicator,
                        @Schema(example = "actual") Measure measure,
                        @Schema(example = "2023") String period,
                        @Schema(example = "454.51") String valueText,
                        @Schema(example = "CNY_100M") String unit,
                        @Schema(example = "exact") Qualifier qualifier) {

        static Input of(StoredObservation r) {
            return new Input(r.indicator(), r.measure(), r.period(), r.value().toPlainString(), r.unit(), r.qualifier());
        }
    }
}
