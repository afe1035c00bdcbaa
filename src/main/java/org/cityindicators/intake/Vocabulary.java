package org.cityindicators.intake;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The catalogue as the intake sees it: indicators with their names and aliases, units with their symbols, areas and
 * projects. Built by the caller (from the database, or from data files with {@link VocabularyCsv}); immutable.
 * Names are matched in simplified characters, so a traditional alias matches as well as its simplified form.
 */
public final class Vocabulary {

    /** An indicator: names and aliases to match, its catalogue unit, whether it has fiscal scopes, its category. */
    public record Indicator(String code, String nameZh, String nameEn, List<String> aliases, String unit,
                            boolean scoped, String category) {
        public Indicator {
            aliases = List.copyOf(aliases);
        }
    }

    /** A unit: the symbols printed after a number, its kind, and its base unit and factor. */
    public record Unit(String code, String symbolZh, String symbolEn, String kind, String baseUnit, BigDecimal factor) {
    }

    /** An area by its official code. */
    public record Area(String code, String nameZh, String nameEn) {
    }

    /** A single project: names and aliases to match, and the area it lies in. */
    public record Project(String code, String nameZh, String nameEn, List<String> aliases, String area) {
        public Project {
            aliases = List.copyOf(aliases);
        }
    }

    private final Map<String, Indicator> indicators;
    private final Map<String, Unit> units;
    private final Map<String, Area> areas;
    private final Map<String, Project> projects;
    private final Lexicon<Mention> names = new Lexicon<>();
    private final Lexicon<Unit> symbols = new Lexicon<>();

    public Vocabulary(List<Indicator> indicators, List<Unit> units, List<Area> areas, List<Project> projects) {
        this.indicators = byCode(indicators, Indicator::code);
        this.units = byCode(units, Unit::code);
        this.areas = byCode(areas, Area::code);
        this.projects = byCode(projects, Project::code);
        indicators.forEach(i -> addNames(Mention.Kind.INDICATOR, i.code(), i.nameZh(), i.aliases()));
        projects.forEach(p -> addNames(Mention.Kind.PROJECT, p.code(), p.nameZh(), p.aliases()));
        areas.forEach(a -> addNames(Mention.Kind.AREA, a.code(), a.nameZh(), List.of()));
        units.forEach(u -> {
            symbols.add(HanScript.simplified(u.symbolZh() == null ? "" : u.symbolZh()), u);
            symbols.add(u.symbolEn(), u);
        });
    }

    public List<Indicator> indicators() {
        return List.copyOf(indicators.values());
    }

    public List<Unit> units() {
        return List.copyOf(units.values());
    }

    public List<Area> areas() {
        return List.copyOf(areas.values());
    }

    public List<Project> projects() {
        return List.copyOf(projects.values());
    }

    Optional<Indicator> indicator(String code) {
        return Optional.ofNullable(indicators.get(code));
    }

    Optional<Unit> unit(String code) {
        return Optional.ofNullable(code == null ? null : units.get(code));
    }

    /** The unit of the first kind that the triggers call {@code role} (percent, points), if the catalogue has one. */
    Optional<Unit> unitOfRole(String role, Triggers triggers) {
        return units.values().stream().filter(u -> role.equals(triggers.unitRole(u.kind()))).findFirst();
    }

    Lexicon<Mention> names() {
        return names;
    }

    Lexicon<Unit> symbols() {
        return symbols;
    }

    private void addNames(Mention.Kind kind, String code, String nameZh, List<String> aliases) {
        Mention mention = new Mention(kind, code);
        names.add(HanScript.simplified(nameZh == null ? "" : nameZh), mention);
        aliases.forEach(alias -> names.add(HanScript.simplified(alias.strip()), mention));
    }

    private static <T> Map<String, T> byCode(List<T> entries, Function<T, String> code) {
        return entries.stream().collect(Collectors.toMap(code, e -> e, (a, b) -> b, LinkedHashMap::new));
    }
}
