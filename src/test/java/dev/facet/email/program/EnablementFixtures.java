package dev.facet.email.program;

import static org.awaitility.Awaitility.await;

import dev.facet.account.AccountDetails;
import dev.facet.account.AccountManagement;
import dev.facet.account.ContactDetails;
import dev.facet.account.ContactRole;
import dev.facet.account.DeploymentType;
import dev.facet.account.ProductTier;
import dev.facet.account.Region;
import dev.facet.account.Segment;
import dev.facet.cta.CtaActor;
import dev.facet.cta.CtaManagement;
import dev.facet.cta.CtaPriority;
import dev.facet.cta.CtaType;
import dev.facet.cta.NewCta;
import dev.facet.playbook.PlaybookManagement;
import dev.facet.security.SignedIn;
import dev.facet.security.UserView;
import dev.facet.support.TestData;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Accounts with contacts and onboarding CTAs opened by hand, as a TAM does with "+ CTA", for the
 * enablement email tests. Accounts are small SMB ones, so no trigger rule opens a second onboarding.
 */
public final class EnablementFixtures {

    private final AccountManagement accounts;
    private final CtaManagement ctas;
    private final PlaybookManagement playbooks;
    private final JdbcClient jdbc;

    public EnablementFixtures(
            AccountManagement accounts, CtaManagement ctas, PlaybookManagement playbooks, JdbcClient jdbc) {
        this.accounts = accounts;
        this.ctas = ctas;
        this.playbooks = playbooks;
        this.jdbc = jdbc;
    }

    /** An account's unique name, mail domain and CRM id. */
    public record Customer(String crmId, String name, String domain) {

        public ContactDetails contact(String name, ContactRole... roles) {
            String local = name.toLowerCase(Locale.ROOT).replace(' ', '.');
            return new ContactDetails(name, local + "@" + domain, Set.of(roles));
        }

        public String address(String contactName) {
            return contactName.toLowerCase(Locale.ROOT).replace(' ', '.') + "@" + domain;
        }
    }

    public Customer customer() {
        String crmId = TestData.unique("ENABLE");
        String slug = crmId.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
        return new Customer(crmId, "Enablement " + crmId, slug + ".example");
    }

    /** Creates (or updates) the account with these contacts and TAM, as the CRM does. */
    public UUID account(
            Customer customer,
            UserView tam,
            DeploymentType deployment,
            boolean publicSector,
            List<ContactDetails> contacts) {
        return accounts.upsertFromCrm(
                        customer.crmId(),
                        new AccountDetails(
                                customer.name(),
                                Segment.SMB,
                                Region.EMEA,
                                publicSector,
                                deployment,
                                ProductTier.PREMIUM,
                                10,
                                new BigDecimal("5000"),
                                LocalDate.now().minusDays(3),
                                false,
                                null,
                                null),
                        tam.username(),
                        contacts)
                .account()
                .id();
    }

    /** The TAM opens the account's onboarding with the playbook its deployment calls for. */
    public UUID onboarding(UUID accountId, UserView tam, DeploymentType deployment, LocalDate start) {
        String code = deployment == DeploymentType.SAAS
                ? PlaybookManagement.ONBOARDING_SAAS
                : PlaybookManagement.ONBOARDING_SELF_MANAGED;
        return ctas.create(
                new NewCta(
                        accountId,
                        CtaType.ONBOARDING,
                        null,
                        CtaPriority.MEDIUM,
                        tam.id(),
                        playbooks.currentVersion(code).templateId(),
                        start,
                        null),
                CtaActor.user(SignedIn.currentUser(tam)));
    }

    /** Waits for the reaction to the CTA's opening to schedule its five emails. */
    public void awaitProgram(UUID ctaId) {
        await().atMost(Duration.ofSeconds(20)).until(() -> count(ctaId) == 5);
    }

    public long count(UUID ctaId) {
        return jdbc.sql("select count(*) from enablement_email where cta_id = ?")
                .param(ctaId)
                .query(Long.class)
                .single();
    }

    public String status(UUID ctaId, int number) {
        return jdbc.sql("select status from enablement_email where cta_id = ? and number = ?")
                .params(ctaId, number)
                .query(String.class)
                .single();
    }

    public void awaitStatus(UUID ctaId, int number, String status) {
        await().atMost(Duration.ofSeconds(20)).until(() -> status(ctaId, number).equals(status));
    }
}
