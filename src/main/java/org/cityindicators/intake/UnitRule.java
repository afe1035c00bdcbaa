package org.cityindicators.intake;

import org.cityindicators.intake.Layout.Span;
import org.cityindicators.intake.Triggers.Trigger;
import org.cityindicators.intake.Vocabulary.Indicator;
import org.cityindicators.intake.Vocabulary.Unit;

import java.util.List;

/**
 * The unit of a figure: the symbol printed after it; % for a fraction word or a ratio; in a table, a symbol in its
 * column's header (比上年增长%) or the cell of the row's unit column; else the start of the indicator's own unit
 * symbol (千亿 for an indicator in 亿元). Units are matched by the catalogue's symbols, never by a list in Java.
 */
final class UnitRule {

    /** The unit found, where the figure's printed text ends with it, how it was found, and the doubt that adds. */
    record Found(Unit unit, int end, String how, String doubt) {

        Found(Unit unit, int end, String how) {
            this(unit, end, how, "0");
        }
    }

    private UnitRule() {
    }

    static Found find(Site site, Indicator indicator, Vocabulary vocabulary, Triggers triggers, boolean ratio) {
        Printed n = site.number;
        if (n.unit() != null) {
            return new Found(n.unit(), n.end(), "'" + n.unit().symbolZh() + "' after it");
        }
        if (n.fraction() != null || ratio) {
            return vocabulary.unitOfRole(MeasureRule.PERCENT, triggers)
                    .map(u -> new Found(u, n.end(), ratio ? "a ratio of shares → %" : "a fraction word → %")).orElse(null);
        }
        if (site.inTable()) {
            Found column = inColumn(site, vocabulary, triggers);
            if (column != null) {
                return column;
            }
        }
        Unit own = vocabulary.unit(indicator.unit()).orElse(null);
        if (own != null && own.symbolZh() != null && !n.prefix().isEmpty() && HanScript.simplified(own.symbolZh()).startsWith(n.prefix())) {
            return new Found(own, n.prefixEnd(), "'" + n.prefix() + "' after it, the start of the indicator's unit '"
                    + own.symbolZh() + "'", "0.05");
        }
        return null;
    }

    private static Found inColumn(Site site, Vocabulary vocabulary, Triggers triggers) {
        String s = site.text.text();
        for (int i = site.headerCell.start(); i < site.headerCell.end(); i++) {
            Lexicon.Match<Unit> unit = vocabulary.symbols().longest(s, i);
            if (unit != null && unit.end() <= site.headerCell.end()) {
                return new Found(unit.values().get(0), site.number.end(), "'" + unit.values().get(0).symbolZh()
                        + "' over its column");
            }
        }
        Span row = site.paragraph;
        List<Trigger> columns = triggers.ofKind(Triggers.COLUMN);
        for (int column = 0; ; column++) {
            Span head = site.cell(site.header, column);
            if (head == null) {
                return null;
            }
            String label = s.substring(head.start(), head.end());
            if (columns.stream().anyMatch(t -> label.contains(HanScript.simplified(t.word())))) {
                Span cell = site.cell(row, column);
                List<Unit> units = cell == null ? List.of() : vocabulary.symbols().exactly(s.substring(cell.start(), cell.end()).strip());
                return units.isEmpty() ? null : new Found(units.get(0), site.number.end(),
                        "'" + units.get(0).symbolZh() + "' in its row's unit column");
            }
        }
    }
}
