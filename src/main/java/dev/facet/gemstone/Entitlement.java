package dev.facet.gemstone;

import dev.facet.account.Gemstone;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One line of a gemstone's entitlement table in the handbook. */
@Entity
@Table(name = "gemstone_entitlement")
class Entitlement {

    @Id
    private int id;

    @Enumerated(EnumType.STRING)
    private Gemstone gemstone;

    private int position;

    @Enumerated(EnumType.STRING)
    private EntitlementCategory category;

    private String description;

    protected Entitlement() {}

    int id() {
        return id;
    }

    Gemstone gemstone() {
        return gemstone;
    }

    EntitlementCategory category() {
        return category;
    }

    String description() {
        return description;
    }
}
