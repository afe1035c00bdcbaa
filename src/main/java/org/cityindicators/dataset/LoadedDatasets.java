package org.cityindicators.dataset;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HexFormat;
import java.util.List;

/** The checksums of the shipped data files already loaded into the database (table {@code loaded_dataset}). */
final class LoadedDatasets {

    private LoadedDatasets() {
    }

    /** SHA-256 over the name and the bytes of each file, in the order given. */
    static String checksum(String folder, List<String> files) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (String file : files) {
                digest.update((file + "\n").getBytes(StandardCharsets.UTF_8));
                try (InputStream in = DatasetImporter.resource(folder + file)) {
                    byte[] content = in.readAllBytes();
                    digest.update(Long.toString(content.length).getBytes(StandardCharsets.UTF_8));
                    digest.update(content);
                }
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static boolean contains(Connection connection, String checksum) throws SQLException {
        try (PreparedStatement st = connection.prepareStatement("select 1 from loaded_dataset where checksum = ?")) {
            st.setString(1, checksum);
            try (ResultSet rs = st.executeQuery()) {
                return rs.next();
            }
        }
    }

    /** Records a load; a concurrent replica that recorded the same files first is no conflict. */
    static void add(Connection connection, String checksum) throws SQLException {
        try (PreparedStatement st = connection.prepareStatement(
                "insert into loaded_dataset (checksum) values (?) on conflict (checksum) do nothing")) {
            st.setString(1, checksum);
            st.executeUpdate();
        }
    }
}
