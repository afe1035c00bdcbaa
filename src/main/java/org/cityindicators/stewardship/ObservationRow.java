package org.cityindicators.stewardship;

import org.cityindicators.api.Decimals;
import org.cityindicators.domain.Coded;
import org.cityindicators.domain.InvalidValue;
import org.cityindicators.observation.Measure;
import org.cityindicators.observation.Period;
import org.cityindicators.observation.Qualifier;
import org.cityindicators.observation.Scope;
import org.cityindicators.unit.UnitKind;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/** One row of an observations file, checked against the vocabulary and the catalogue. */
public record ObservationRow(long line, String indicator, String area, String project, Scope scope, Period period,
                      Measure measure, BigDecimal value, String unit, Qualifier qualifier, String source, String quote) {

    public static final List<String> COLUMNS = List.of("indicator", "area", "project", "scope", "period", "measure", "value",
            "unit", "qualifier", "source", "quote");

    /** A problem found in one cell. */
    public record Error(long line, String column, String message) {
        @Override
        public String toString() {
            return "line " + line + ", column " + column + ": " + message;
        }
    }

    /** Parses and checks a row; every problem found is added to {@code errors} and null is returned. */
    public static ObservationRow parse(CsvTable.Row row, Catalogue catalogue, List<Error> errors) {
        List<Error> found = new ArrayList<>();
        long line = row.line();
        if (row.problem() != null) {
            errors.add(new Error(line, "row", row.problem()));
            return null;
        }
        String indicator = row.get("indicator");
        Catalogue.IndicatorInfo info = indicator == null ? null : catalogue.indicators().get(indicator);
        if (info == null) {
            found.add(new Error(line, "indicator", indicator == null ? "missing" : "unknown indicator '" + InvalidValue.clip(indicator) + "'"));
        }
        String area = row.get("area");
        String project = row.get("project");
        if ((area == null) == (project == null)) {
            found.add(new Error(line, "area", "give exactly one of area and project"));
        } else if (area != null && !catalogue.areas().contains(area)) {
            found.add(new Error(line, "area", "unknown area '" + InvalidValue.clip(area) + "'"));
        } else if (project != null && !catalogue.projects().contains(project)) {
            found.add(new Error(line, "project", "unknown project '" + InvalidValue.clip(project) + "'"));
        }
        Scope scope = cell(row, "scope", found, text -> Coded.parse(Scope.class, text, "scope"));
        if (info != null && info.scoped() && scope == null && row.get("scope") == null) {
            found.add(new Error(line, "scope", indicator + " is a fiscal figure and needs consolidated, municipal or district_level"));
        }
        if (info != null && !info.scoped() && scope != null) {
            found.add(new Error(line, "scope", indicator + " has no fiscal scope; leave it empty"));
        }
        Period period = required(row, "period", found, Period::parse);
        Measure measure = required(row, "measure", found, text -> Coded.parse(Measure.class, text, "measure"));
        BigDecimal value = required(row, "value", found, ObservationRow::decimal);
        String unit = required(row, "unit", found, text -> text);
        Qualifier qualifier = required(row, "qualifier", found, text -> Coded.parse(Qualifier.class, text, "qualifier"));
        String source = required(row, "source", found, text -> text);
        String quote = required(row, "quote", found, text -> text);
        if (unit != null && !catalogue.units().containsKey(unit)) {
            found.add(new Error(line, "unit", "unknown unit '" + InvalidValue.clip(unit) + "'"));
        } else if (unit != null && measure != null && info != null) {
            String problem = catalogue.unitProblem(indicator, measure, unit);
            if (problem != null) {
                found.add(new Error(line, "unit", problem));
            }
        }
        if (value != null && measure != null && !measure.signed() && value.signum() < 0) {
            found.add(new Error(line, "value", measure.code() + " cannot be negative"));
        }
        if (value != null && measure != null && !measure.level() && !measure.signed()
                && value.compareTo(BigDecimal.valueOf(1000)) > 0) {
            found.add(new Error(line, "value", measure.code() + " of " + value.toPlainString() + "% is out of range"));
        }
        if (value != null && measure != null && measure.signed() && value.compareTo(BigDecimal.valueOf(-100)) < 0) {
            found.add(new Error(line, "value", measure.code() + " of " + value.toPlainString()
                    + (measure.rateKind() == UnitKind.PERCENT ? "%" : " percentage points") + " would be less than nothing"));
        }
        if (source != null && !catalogue.sources().contains(source)) {
            found.add(new Error(line, "source", "unknown source '" + InvalidValue.clip(source) + "'"));
        }
        if (quote != null && quote.length() > 1000) {
            found.add(new Error(line, "quote", "at most 1000 characters"));
        } else if (quote != null && quote.indexOf('\u0000') >= 0) {
            found.add(new Error(line, "quote", "a NUL character is not text"));
        }
        errors.addAll(found);
        return found.isEmpty() ? new ObservationRow(line, indicator, area, project, scope, period, measure, value, unit,
                qualifier, source, quote) : null;
    }

    private static BigDecimal decimal(String text) {
        BigDecimal value = Decimals.plain(text);
        if (value == null) {
            throw new InvalidValue("value", "'" + InvalidValue.clip(text) + "' is not " + Decimals.FORM);
        }
        return value;
    }

    private interface Parser<T> {
        T parse(String text);
    }

    private static <T> T required(CsvTable.Row row, String column, List<Error> errors, Parser<T> parser) {
        if (row.get(column) == null) {
            errors.add(new Error(row.line(), column, "missing"));
            return null;
        }
        return cell(row, column, errors, parser);
    }

    private static <T> T cell(CsvTable.Row row, String column, List<Error> errors, Parser<T> parser) {
        String text = row.get(column);
        if (text == null) {
            return null;
        }
        try {
            return parser.parse(text);
        } catch (InvalidValue | Period.Malformed e) {
            errors.add(new Error(row.line(), column, e.getMessage()));
            return null;
        }
    }
}
