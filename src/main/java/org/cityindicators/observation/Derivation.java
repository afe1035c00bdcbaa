package org.cityindicators.observation;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Values computed from the published figures of one series set: changes, growth, shares, execution, per capita. */
final class Derivation {

    static final List<Measure> LEVELS = List.of(Measure.ACTUAL, Measure.PLANNED, Measure.ADJUSTED_BUDGET);
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final Map<String, StoredObservation> ownByKey;
    private final Map<String, StoredObservation> parentByKey;
    private final Map<String, StoredObservation> populationByPeriod;
    private final String percentUnit;
    private final List<DerivedDto> results = new ArrayList<>();

    private Derivation(List<StoredObservation> own, List<StoredObservation> parent, List<StoredObservation> population, String percentUnit) {
        this.ownByKey = index(own, r -> r.measure().code() + "@" + r.period());
        this.parentByKey = index(parent, r -> r.measure().code() + "@" + r.period());
        this.populationByPeriod = index(population, StoredObservation::period);
        this.percentUnit = percentUnit;
    }

    /** Everything derivable from an indicator's figures, its parent's figures and the area's population. */
    static List<DerivedDto> derive(List<StoredObservation> own, List<StoredObservation> parent, List<StoredObservation> population, String percentUnit) {
        Derivation d = new Derivation(own, parent, population, percentUnit);
        for (StoredObservation row : own) {
            if (row.measure() == Measure.ACTUAL) {
                d.changes(row);
                d.levelOf("execution_rate", row, d.ownByKey.get(Measure.ADJUSTED_BUDGET.code() + "@" + row.period()));
                d.perCapita(row);
            }
            if (LEVELS.contains(row.measure())) {
                d.levelOf("share_of_parent", row, d.parentByKey.get(row.measure().code() + "@" + row.period()));
            }
        }
        return d.results;
    }

    private void changes(StoredObservation row) {
        Period period = Period.parse(row.period());
        Optional<StoredObservation> previous = period.previous() == null ? Optional.empty() : sameMeasure(row, period.previous());
        previous.filter(prev -> prev.valueInUnitOf(row) != null).ifPresent(prev ->
                add("change", row, row.value().subtract(prev.valueInUnitOf(row)), row.unit(), prev, row));
        if (period.frequency() != Frequency.YEAR) {
            previous.filter(prev -> prev.valueInUnitOf(row) != null).ifPresent(prev ->
                    percent("percent_change", row, row.value(), prev.valueInUnitOf(row), prev, row));
        }
        sameMeasure(row, period.yearEarlier()).filter(prev -> prev.valueInUnitOf(row) != null).ifPresent(prev ->
                percent("yoy_growth", row, row.value(), prev.valueInUnitOf(row), prev, row));
    }

    private void levelOf(String method, StoredObservation row, StoredObservation whole) {
        BigDecimal part = whole == null ? null : row.valueInUnitOf(whole);
        if (part != null) {
            percent(method, row, part, whole.value(), row, whole);
        }
    }

    private void perCapita(StoredObservation row) {
        StoredObservation population = populationByPeriod.get(row.period());
        if (population != null && row.valueBase() != null && population.valueBase() != null
                && population.valueBase().signum() > 0) {
            add("per_capita", row, row.valueBase().divide(population.valueBase(), 2, RoundingMode.HALF_UP), row.baseUnit(),
                    row, population);
        }
    }

    private void percent(String method, StoredObservation row, BigDecimal part, BigDecimal whole, StoredObservation... inputs) {
        if (percentUnit != null && whole.signum() != 0) {
            BigDecimal value = part.multiply(HUNDRED).divide(whole, 1, RoundingMode.HALF_UP);
            if (!method.equals("share_of_parent") && !method.equals("execution_rate")) {
                value = value.subtract(HUNDRED);
            }
            add(method, row, value, percentUnit, inputs);
        }
    }

    private void add(String method, StoredObservation row, BigDecimal value, String unit, StoredObservation... inputs) {
        boolean exact = Arrays.stream(inputs).allMatch(i -> i.qualifier() == Qualifier.EXACT);
        results.add(new DerivedDto(row.indicator(), row.area(), row.project(), row.scope(), row.period(), row.frequency(),
                method, row.measure(), value, value.toPlainString(), Math.max(value.scale(), 0), unit, exact ? Qualifier.EXACT : Qualifier.ABOUT, true,
                Arrays.stream(inputs).map(DerivedDto.Input::of).toList()));
    }

    private Optional<StoredObservation> sameMeasure(StoredObservation row, Period period) {
        return Optional.ofNullable(ownByKey.get(row.measure().code() + "@" + period.text()));
    }

    private static Map<String, StoredObservation> index(List<StoredObservation> rows, Function<StoredObservation, String> key) {
        return rows.stream().collect(Collectors.toMap(key, r -> r, (a, b) -> a));
    }
}
