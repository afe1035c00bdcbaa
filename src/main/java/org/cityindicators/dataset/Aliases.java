package org.cityindicators.dataset;

import org.cityindicators.db.Sql;
import org.cityindicators.indicator.IndicatorAlias;
import org.cityindicators.stewardship.CsvTable;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.TreeSet;

/** The aliases column of a catalogue file (names separated by |) and its table {@code <table>_alias}, one name a row. */
final class Aliases {

    private Aliases() {
    }

    /** The aliases of a cell: trimmed, without empty names or repeats, in their order. */
    static Set<String> parse(String cell) {
        Set<String> names = new LinkedHashSet<>();
        if (cell != null) {
            Arrays.stream(cell.split("\\|")).map(String::strip).filter(a -> !a.isEmpty()).forEach(names::add);
        }
        return names;
    }

    /** Makes each row's stored aliases those of the file, touching (and versioning) only the rows whose aliases differ. */
    static void replace(Connection connection, String table, CsvTable csv, String keyColumn, String aliasColumn)
            throws SQLException {
        String aliasTable = table + "_alias";
        String key = table + "_code";
        try (PreparedStatement read = connection.prepareStatement("select alias from " + aliasTable + " where " + key + " = ?");
             PreparedStatement delete = connection.prepareStatement("delete from " + aliasTable + " where " + key + " = ?");
             PreparedStatement insert = connection.prepareStatement("insert into " + aliasTable + " (" + key
                     + ", alias, lang) values (?, ?, ?)");
             PreparedStatement touch = connection.prepareStatement("update " + table + " set version = version + 1 where code = ?")) {
            for (CsvTable.Row row : csv.rows()) {
                String code = row.get(keyColumn);
                Set<String> wanted = parse(row.get(aliasColumn));
                if (stored(read, code).equals(new TreeSet<>(wanted))) {
                    continue;
                }
                Sql.bind(delete, code);
                Table.execute(delete, csv, row);
                for (String alias : wanted) {
                    Sql.bind(insert, code, alias, IndicatorAlias.langOf(alias));
                    Table.execute(insert, csv, row);
                }
                Sql.bind(touch, code);
                Table.execute(touch, csv, row);
            }
        }
    }

    /** The SQL expression of a row's aliases joined by |, for the export of its table. */
    static String joined(String table) {
        return "(select string_agg(a.alias, '|' order by a.alias collate \"C\") from " + table + "_alias a where a." + table + "_code = "
                + table + ".code)";
    }

    private static Set<String> stored(PreparedStatement read, String code) throws SQLException {
        Sql.bind(read, code);
        Set<String> names = new TreeSet<>();
        try (ResultSet rs = read.executeQuery()) {
            while (rs.next()) {
                names.add(rs.getString(1));
            }
        }
        return names;
    }
}
