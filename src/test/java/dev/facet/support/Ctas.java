package dev.facet.support;

import dev.facet.cta.CtaActor;
import dev.facet.cta.CtaManagement;
import dev.facet.cta.CtaPriority;
import dev.facet.cta.CtaType;
import dev.facet.cta.NewCta;
import dev.facet.playbook.PlaybookManagement;
import dev.facet.security.SignedIn;
import dev.facet.security.UserView;
import java.time.LocalDate;
import java.util.UUID;

/** CTAs made by hand for tests, as their owner would make them on the account page. */
public final class Ctas {

    private Ctas() {}

    /** An onboarding CTA on the SaaS playbook (its five tasks), started on {@code start}. */
    public static UUID anOnboarding(
            CtaManagement ctas, PlaybookManagement playbooks, UUID accountId, UserView owner, LocalDate start) {
        UUID template = playbooks.templates().stream()
                .filter(t -> t.code().equals(PlaybookManagement.ONBOARDING_SAAS))
                .findFirst()
                .orElseThrow()
                .id();
        return ctas.create(
                new NewCta(accountId, CtaType.ONBOARDING, null, CtaPriority.HIGH, owner.id(), template, start, null),
                CtaActor.user(SignedIn.currentUser(owner)));
    }

    /** An activity without tasks, from {@code start} to {@code due}. */
    public static UUID anActivity(CtaManagement ctas, UUID accountId, UserView owner, LocalDate start, LocalDate due) {
        return ctas.create(
                new NewCta(accountId, CtaType.ACTIVITY, null, CtaPriority.LOW, owner.id(), null, start, due),
                CtaActor.user(SignedIn.currentUser(owner)));
    }
}
