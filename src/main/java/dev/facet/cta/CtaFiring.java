package dev.facet.cta;

import dev.facet.cta.rules.RuleFiring;
import dev.facet.cta.rules.TriggerRule;
import dev.facet.shared.Ids;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** One time a rule fired for a CTA: the first time, and every repeat while it was open. */
@Entity
@Table(name = "cta_firing")
class CtaFiring {

    @Id
    private UUID id;

    private UUID ctaId;

    @Enumerated(EnumType.STRING)
    private TriggerRule rule;

    private int ruleVersion;
    private String inputs;
    private Instant firedAt;

    protected CtaFiring() {}

    CtaFiring(UUID ctaId, RuleFiring firing, Instant now) {
        this.id = Ids.newId();
        this.ctaId = ctaId;
        this.rule = firing.rule();
        this.ruleVersion = firing.version();
        this.inputs = firing.inputs();
        this.firedAt = now;
    }

    CtaFiringView view() {
        return new CtaFiringView(rule, ruleVersion, inputs, firedAt);
    }
}
