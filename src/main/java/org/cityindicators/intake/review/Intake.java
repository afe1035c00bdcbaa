package org.cityindicators.intake.review;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;

import java.time.LocalDate;
import java.time.OffsetDateTime;

/** A posted document: its source's metadata, its text as the intake read it, and where its review stands. */
@Entity
public class Intake extends PanacheEntityBase {

    static final String DRAFT = "draft";
    static final String PUBLISHED = "published";
    static final String WITHDRAWN = "withdrawn";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    /** Incremented by every change to the intake or one of its candidates; the first part of its ETag. */
    @Version
    public long version;

    public String title;

    public String publisher;

    /** ISO 8601 date of publication to the precision known: 2024, 2024-02 or 2024-02-01. */
    public String published;

    public String url;

    @Column(name = "source_code")
    public String sourceCode;

    @Column(name = "area_code")
    public String areaCode;

    @Column(name = "reference_date")
    public LocalDate referenceDate;

    @Column(name = "content_type")
    public String contentType;

    /** The document's text as the engine read it: every candidate's offsets refer to it. */
    public String document;

    public String status;

    @Column(name = "created_by")
    public String createdBy;

    @Column(name = "created_at", insertable = false, updatable = false)
    public OffsetDateTime createdAt;

    @Column(name = "updated_by")
    public String updatedBy;

    @Column(name = "updated_at")
    public OffsetDateTime updatedAt;

    void touch(String actor) {
        updatedBy = actor;
        updatedAt = OffsetDateTime.now();
    }
}
