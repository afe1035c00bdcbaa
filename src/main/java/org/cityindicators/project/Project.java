package org.cityindicators.project;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import org.cityindicators.domain.Lang;

/** A single enterprise or investment project; its figures belong to it, not to the city it is in. */
@Entity
public class Project extends PanacheEntityBase {

    @Id
    public String code;

    @Column(name = "name_zh")
    public String nameZh;

    @Column(name = "name_en")
    public String nameEn;

    @Column(name = "area_code")
    public String areaCode;

    public String name(Lang lang) {
        return lang.pick(nameZh, nameEn);
    }
}
