package dev.facet.cta;

import dev.facet.shared.Ids;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A cockpit view a person saved: a name and the query of the cockpit's address. */
@Entity
@Table(name = "cta_saved_view")
class SavedView {

    @Id
    private UUID id;

    private UUID userId;
    private String name;
    private String query;

    @Column(name = "is_default")
    private boolean defaultView;

    private Instant createdAt;

    @Version
    private @Nullable Long version;

    protected SavedView() {}

    SavedView(UUID userId, String name, String query, Instant now) {
        this.id = Ids.newId();
        this.userId = userId;
        this.name = name;
        this.query = query;
        this.createdAt = now;
    }

    void replaceQuery(String newQuery) {
        this.query = newQuery;
    }

    void makeDefault(boolean isDefault) {
        this.defaultView = isDefault;
    }

    SavedViewSummary summary() {
        return new SavedViewSummary(id, name, query, defaultView);
    }

    UUID id() {
        return id;
    }

    UUID userId() {
        return userId;
    }
}
