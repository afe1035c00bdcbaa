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

    /** Adds a condition without parameters. */
    public Where and(String clause) {
        clauses.add(clause);
        return this;
    }

    public String clause() {
        return clauses.isEmpty() ? "1 = 1" : String.join(" and ", clauses);
    }

    public Parameters parameters() {
        return parameters;
    }

    public java.util.Map<String, Object> map() {
        return parameters.map();
    }
}
