package org.cityindicators.audit;

import jakarta.enterprise.context.ApplicationScoped;
import org.cityindicators.db.Sql;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;

/** Writes the audit trail: one entry per write request, in the write's own transaction. */
@ApplicationScoped
public class Audit {

    public void record(Connection c, String actor, String action, String resource, String code, String reason,
                       String detailJson) throws SQLException {
        try (PreparedStatement st = c.prepareStatement(
                "insert into audit_log (actor, action, resource, code, reason, detail) values (?, ?, ?, ?, ?, cast(? as jsonb))")) {
            Sql.bind(st, actor, action, resource, code, reason, detailJson);
            st.executeUpdate();
        }
    }
}
