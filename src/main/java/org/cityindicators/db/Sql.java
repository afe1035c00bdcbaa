package org.cityindicators.db;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;

/** A SQL text built piece by piece together with its positional parameters, so that no value is ever spliced in. */
public final class Sql {

    private final StringBuilder text = new StringBuilder();
    private final List<Object> parameters = new ArrayList<>();

    public Sql append(String fragment, Object... values) {
        text.append(fragment);
        Collections.addAll(parameters, values);
        return this;
    }

    /** Appends another query part with its parameters. */
    public Sql append(Sql other) {
        text.append(other.text);
        parameters.addAll(other.parameters);
        return this;
    }

    /** Appends {@code and column in (?, ...)} unless {@code values} is empty. */
    public Sql andIn(String column, Collection<?> values) {
        if (!values.isEmpty()) {
            text.append(" and ").append(column).append(" in (").append("?, ".repeat(values.size() - 1)).append("?)");
            parameters.addAll(values);
        }
        return this;
    }

    /** Appends {@code and condition} with one parameter unless the value is null. */
    public Sql andIf(String condition, Object value) {
        if (value != null) {
            text.append(" and ").append(condition);
            parameters.add(value);
        }
        return this;
    }

    /** Wraps this query: {@code before} + this + {@code after}, keeping parameter order. */
    public Sql wrap(String before, String after) {
        text.insert(0, before).append(after);
        return this;
    }

    public PreparedStatement prepare(Connection connection) throws SQLException {
        PreparedStatement statement = connection.prepareStatement(text.toString());
        bind(statement, parameters.toArray());
        return statement;
    }

    /** Sets the parameters of a statement, in order. */
    public static void bind(PreparedStatement statement, Object... values) throws SQLException {
        for (int i = 0; i < values.length; i++) {
            statement.setObject(i + 1, values[i]);
        }
    }

    @Override
    public String toString() {
        return text.toString();
    }
}
