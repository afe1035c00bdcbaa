package org.cityindicators.dataset;

import org.apache.commons.csv.CSVPrinter;
import org.cityindicators.api.CsvCells;
import org.cityindicators.db.Sql;
import org.cityindicators.stewardship.CsvTable;
import org.cityindicators.stewardship.DatasetException;

import java.io.IOException;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A catalogue file and the table it fills. Columns are written {@code csvName[:dbName][:type]}; the first is the key.
 * A parent column, when present, is set in a second pass so that rows may come in any order. A column of type
 * {@code aliases} holds names separated by | kept in {@code <table>_alias} (see {@link Aliases}).
 */
record Table(String file, String table, List<String> columnSpecs, String parentColumn) {

    /** The columns of the file, in its order: the columns, the parent, then the aliases. */
    List<String> required() {
        List<Column> columns = columnSpecs.stream().map(Column::of).toList();
        List<String> names = columns.stream().filter(c -> !c.aliases()).map(Column::csv).collect(Collectors.toCollection(ArrayList::new));
        if (parentColumn != null) {
            names.add(parentColumn);
        }
        columns.stream().filter(Column::aliases).map(Column::csv).forEach(names::add);
        return names;
    }

    /** The name of the data package resource and of its file in the download: units, categories, indicators… */
    String resource() {
        return file.substring(0, file.length() - ".csv".length());
    }

    void upsert(Connection connection, CsvTable csv) throws SQLException {
        List<Column> all = columnSpecs.stream().map(Column::of).toList();
        List<Column> columns = all.stream().filter(c -> !c.aliases()).toList();
        String names = columns.stream().map(Column::db).collect(Collectors.joining(", "));
        String values = columns.stream().map(c -> "cast(? as " + c.type() + ")").collect(Collectors.joining(", "));
        String updates = columns.stream().skip(1).map(c -> c.db() + " = excluded." + c.db()).collect(Collectors.joining(", "))
                + ", version = " + table + ".version + 1";
        String changed = columns.stream().skip(1).map(c -> table + "." + c.db()).collect(Collectors.joining(", "));
        String excluded = columns.stream().skip(1).map(c -> "excluded." + c.db()).collect(Collectors.joining(", "));
        String sql = "insert into " + table + " (" + names + ") values (" + values + ") on conflict (" + columns.get(0).db()
                + ") do update set " + updates + " where (" + changed + ") is distinct from (" + excluded + ")";
        try (PreparedStatement insert = connection.prepareStatement(sql)) {
            for (CsvTable.Row row : csv.rows()) {
                for (int i = 0; i < columns.size(); i++) {
                    insert.setString(i + 1, row.get(columns.get(i).csv()));
                }
                execute(insert, csv, row);
            }
        }
        for (Column aliases : all.stream().filter(Column::aliases).toList()) {
            Aliases.replace(connection, table, csv, columns.get(0).csv(), aliases.csv());
        }
        if (parentColumn == null) {
            return;
        }
        try (PreparedStatement parent = connection.prepareStatement("update " + table
                + " set parent_code = ? where code = ? and parent_code is distinct from ?")) {
            for (CsvTable.Row row : csv.rows()) {
                Sql.bind(parent, row.get(parentColumn), row.get(columns.get(0).csv()), row.get(parentColumn));
                execute(parent, csv, row);
            }
        }
    }

    /** Writes the table in the format of its data file (the same columns, in the same order), formulas neutralised. */
    void export(Connection connection, CSVPrinter printer) throws SQLException, IOException {
        List<Column> columns = columnSpecs.stream().map(Column::of).toList();
        printer.printRecord(required());
        String select = columns.stream().filter(c -> !c.aliases()).map(Column::db).collect(Collectors.joining(", "))
                + (parentColumn == null ? "" : ", parent_code")
                + columns.stream().filter(Column::aliases).map(c -> ", " + Aliases.joined(table)).collect(Collectors.joining());
        try (var statement = connection.createStatement();
             var rs = statement.executeQuery("select " + select + " from " + table + " order by code")) {
            int width = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                List<String> cells = new ArrayList<>();
                for (int i = 1; i <= width; i++) {
                    Object cell = rs.getObject(i);
                    cells.add(cell instanceof BigDecimal d ? d.toPlainString() : cell instanceof String text ? CsvCells.neutral(text)
                            : cell == null ? null : cell.toString());
                }
                printer.printRecord(cells);
            }
        }
    }

    static void execute(PreparedStatement statement, CsvTable csv, CsvTable.Row row) {
        try {
            statement.executeUpdate();
        } catch (SQLException e) {
            throw new DatasetException(csv.name() + " line " + row.line() + ": " + e.getMessage(), e);
        }
    }

    /** A CSV column, the database column it fills and the SQL type its text is cast to. */
    private record Column(String csv, String db, String type) {
        boolean aliases() {
            return type.equals("aliases");
        }

        static Column of(String spec) {
            String[] parts = spec.split(":");
            String db = parts.length > 1 && !isType(parts[1]) ? parts[1] : parts[0];
            String type = isType(parts[parts.length - 1]) && parts.length > 1 ? parts[parts.length - 1] : "text";
            return new Column(parts[0], db, type);
        }

        private static boolean isType(String word) {
            return word.equals("numeric") || word.equals("boolean") || word.equals("integer") || word.equals("aliases");
        }
    }
}
