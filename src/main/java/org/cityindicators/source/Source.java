package org.cityindicators.source;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Version;

/** A published document that figures are read from. */
@Entity
public class Source extends PanacheEntityBase {

    @Id
    public String code;

    /** Incremented by every change; the first part of the resource's ETags, which a write must send back in If-Match. */
    @Version
    public long version;

    public String title;

    public String publisher;

    public String author;

    /** ISO 8601 date of publication to the precision known: 2024, 2024-02 or 2024-02-02. */
    public String published;

    public String url;

    public String licence;

    public String note;
}
