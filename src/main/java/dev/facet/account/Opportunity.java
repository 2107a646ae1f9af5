package dev.facet.account;

import dev.facet.shared.Ids;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

@Entity
@Table(name = "opportunity")
class Opportunity {

    @Id
    private UUID id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "account_id")
    private Account account;

    private String crmId;

    @Enumerated(EnumType.STRING)
    private OpportunityType type;

    @Enumerated(EnumType.STRING)
    private OpportunityStage stage;

    private BigDecimal amount;
    private LocalDate closeDate;
    private Instant createdAt;
    private Instant updatedAt;

    @Version
    private @Nullable Long version;

    protected Opportunity() {}

    Opportunity(Account account, String crmId, OpportunityDetails details, Instant now) {
        this.id = Ids.newId();
        this.account = account;
        this.crmId = crmId;
        this.createdAt = now;
        apply(details, now);
    }

    /** Returns whether anything changed. */
    boolean apply(OpportunityDetails details, Instant now) {
        boolean changed = type != details.type()
                || stage != details.stage()
                || amount == null
                || amount.compareTo(details.amount()) != 0
                || !details.closeDate().equals(closeDate);
        this.type = details.type();
        this.stage = details.stage();
        this.amount = details.amount();
        this.closeDate = details.closeDate();
        if (changed) {
            this.updatedAt = now;
        }
        return changed;
    }

    OpportunityStage stage() {
        return stage;
    }

    OpportunityFacts facts() {
        return new OpportunityFacts(type, stage, amount, closeDate);
    }

    OpportunityView view() {
        return new OpportunityView(id, crmId, type, stage, amount, closeDate);
    }

    String crmId() {
        return crmId;
    }

    Account account() {
        return account;
    }
}
