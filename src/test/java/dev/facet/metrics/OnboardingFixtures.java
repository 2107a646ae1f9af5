package dev.facet.metrics;

import dev.facet.account.AccountDetails;
import dev.facet.account.AccountManagement;
import dev.facet.account.DeploymentType;
import dev.facet.account.LicenseUsageManagement;
import dev.facet.account.LicenseUsageSource;
import dev.facet.account.NewLicenseUsageReading;
import dev.facet.account.ProductTier;
import dev.facet.account.Region;
import dev.facet.account.Segment;
import dev.facet.cta.CtaActor;
import dev.facet.cta.CtaManagement;
import dev.facet.cta.CtaPriority;
import dev.facet.cta.CtaStatus;
import dev.facet.cta.CtaType;
import dev.facet.cta.NewCta;
import dev.facet.playbook.PlaybookManagement;
import dev.facet.security.SignedIn;
import dev.facet.security.UserView;
import dev.facet.support.TestData;
import dev.facet.timeline.NewTimelineEntry;
import dev.facet.timeline.TimelineEntryType;
import dev.facet.timeline.TimelineManagement;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** Accounts with onboardings, calls and first value on dates the tests choose. */
public final class OnboardingFixtures {

    private final AccountManagement accounts;
    private final CtaManagement ctas;
    private final TimelineManagement timeline;
    private final LicenseUsageManagement licenseUsage;
    private final PlaybookManagement playbooks;

    public OnboardingFixtures(
            AccountManagement accounts,
            CtaManagement ctas,
            TimelineManagement timeline,
            LicenseUsageManagement licenseUsage,
            PlaybookManagement playbooks) {
        this.accounts = accounts;
        this.ctas = ctas;
        this.timeline = timeline;
        this.licenseUsage = licenseUsage;
        this.playbooks = playbooks;
    }

    /** A small SMB account that fires no onboarding rule, so only the onboardings made here exist. */
    public String account(UserView tam, LocalDate originalContractDate) {
        String crmId = TestData.unique("TTV");
        accounts.upsertFromCrm(
                crmId,
                new AccountDetails(
                        "Time to value " + crmId,
                        Segment.SMB,
                        Region.AMER,
                        false,
                        DeploymentType.SAAS,
                        ProductTier.PREMIUM,
                        10,
                        new BigDecimal("5000"),
                        originalContractDate,
                        false,
                        null,
                        null),
                tam.username(),
                List.of());
        return crmId;
    }

    public UUID id(String crmId) {
        return accounts.findByCrmId(crmId).orElseThrow().id();
    }

    public UUID onboarding(String crmId, UserView tam, LocalDate start) {
        UUID template = playbooks.templates().stream()
                .filter(t -> t.code().equals(PlaybookManagement.ONBOARDING_SAAS))
                .findFirst()
                .orElseThrow()
                .id();
        return ctas.create(
                new NewCta(id(crmId), CtaType.ONBOARDING, null, CtaPriority.MEDIUM, tam.id(), template, start, null),
                CtaActor.user(SignedIn.currentUser(tam)));
    }

    public UUID risk(String crmId, UserView tam, LocalDate start) {
        return ctas.create(
                new NewCta(id(crmId), CtaType.RISK, null, CtaPriority.MEDIUM, tam.id(), null, start, null),
                CtaActor.user(SignedIn.currentUser(tam)));
    }

    public void close(UUID ctaId, UserView tam, LocalDate closedOn) {
        ctas.close(ctaId, CtaStatus.CLOSED_SUCCESS, closedOn, null, true, CtaActor.user(SignedIn.currentUser(tam)));
    }

    public void entry(String crmId, UserView author, TimelineEntryType type, LocalDate date) {
        timeline.record(new NewTimelineEntry(id(crmId), type, date, author.id(), null, "Entry of " + type));
    }

    public void cloudReading(String crmId, LocalDate date, String percent) {
        licenseUsage.record(
                crmId, new NewLicenseUsageReading(date, new BigDecimal(percent), LicenseUsageSource.CLOUD_LICENSE));
    }

    public void firstValueByHand(String crmId, UserView tam, LocalDate date) {
        licenseUsage.enterFirstValue(id(crmId), date, SignedIn.currentUser(tam));
    }
}
