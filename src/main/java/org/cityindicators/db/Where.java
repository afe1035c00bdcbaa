package org.cityindicators.db;

import io.quarkus.panache.common.Parameters;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/** A conjunction of optional HQL conditions and their named parameters, built from the filters a client gave. */
public final class Where {

    private final List<String> clauses = new ArrayList<>();
    private final Parameters parameters = new Parameters();

    /** Adds {@code clause} with parameter {@code name} bound to {@code value}, unless the value is absent. */
    public Where and(String clause, String name, Object value) {
        boolean absent = value == null || (value instanceof Collection<?> c && c.isEmpty());
        if (!absent) {
            clauses.add(clause);
            parameters.and(name, value);
        }
        return this;
    }

    /** Continues a list ordered by {@code key} after {@code last}, the previous page's last key (null: from the start). */
    public Where after(String key, Object last) {
        Where copy = new Where();
        copy.clauses.addAll(clauses);
        parameters.map().forEach(copy.parameters::and);
        return copy.and(key + " > :after", "after", last);
    }

    public String clause() {
        return clauses.isEmpty() ? "1 = 1" : String.join(" and ", clauses);
    }

    public Parameters parameters() {
        return parameters;
    }
}
