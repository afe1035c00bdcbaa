package org.cityindicators.audit;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.ColumnTransformer;

import java.time.OffsetDateTime;

/** One write in the audit trail (table audit_log): who changed what, when and why. Entries are never changed. */
@Entity
@Table(name = "audit_log")
public class AuditEntry extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    /** The start of the write's transaction, set by PostgreSQL. */
    @Column(insertable = false, updatable = false)
    public OffsetDateTime at;

    public String actor;
    public String action;
    public String resource;
    public String code;
    public String reason;

    /** A JSON object (for imports: rows, inserted, revised, unchanged), stored as jsonb. */
    @Column(columnDefinition = "jsonb")
    @ColumnTransformer(read = "detail::text", write = "cast(? as jsonb)")
    public String detail;

    /**
     * Records a write in the caller's transaction, so that the entry commits or rolls back with the write it describes.
     * It is flushed at once: a refused entry fails the write here, not at commit.
     */
    public static void record(String actor, String action, String resource, String code, String reason, String detailJson) {
        AuditEntry entry = new AuditEntry();
        entry.actor = actor;
        entry.action = action;
        entry.resource = resource;
        entry.code = code;
        entry.reason = reason;
        entry.detail = detailJson;
        entry.persistAndFlush();
    }
}
