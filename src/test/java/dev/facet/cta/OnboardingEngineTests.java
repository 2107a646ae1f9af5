package dev.facet.cta;

import static dev.facet.support.CrmApi.account;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import dev.facet.account.AccountManagement;
import dev.facet.account.AccountView;
import dev.facet.account.Sentiment;
import dev.facet.playbook.NewPlaybookTemplate;
import dev.facet.playbook.PlaybookManagement;
import dev.facet.playbook.PlaybookTaskInput;
import dev.facet.playbook.PlaybookTemplateSummary;
import dev.facet.playbook.PlaybookVersionView;
import dev.facet.security.ApiTokenManagement;
import dev.facet.security.Role;
import dev.facet.security.SignedIn;
import dev.facet.security.UserManagement;
import dev.facet.security.UserView;
import dev.facet.shared.InvalidInputException;
import dev.facet.support.ApplicationTest;
import dev.facet.support.CrmApi;
import dev.facet.support.TestData;
import dev.facet.timeline.TimelineEntryType;
import dev.facet.timeline.TimelineEntryView;
import dev.facet.timeline.TimelineManagement;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.client.RestTestClient;
import tools.jackson.databind.json.JsonMapper;

/** The engine's harder promises: retries after a failed reaction, delays, playbook versions. */
@ApplicationTest
@TestPropertySource(properties = "facet.test.context=cta-scenarios")
class OnboardingEngineTests {

    @Autowired
    RestTestClient http;

    @Autowired
    JsonMapper json;

    @Autowired
    ApiTokenManagement tokens;

    @Autowired
    UserManagement users;

    @Autowired
    AccountManagement accounts;

    @Autowired
    CtaManagement ctas;

    @Autowired
    PlaybookManagement playbooks;

    @Autowired
    TimelineManagement timeline;

    @Autowired
    IncompleteEventPublications incomplete;

    @Autowired
    JdbcClient jdbc;

    CrmApi api;
    UserView manager;
    UserView tam;

    @BeforeEach
    void setUp() {
        api = new CrmApi(http, json, TestData.apiToken(tokens));
        manager = TestData.user(users, Role.MANAGER);
        tam = TestData.user(users, Role.TAM);
    }

    @Test
    void aReactionThatFailsOnceRunsAgainWhenResubmittedAndOpensOneCta() {
        String crmId = TestData.unique("FAIL");
        // A real database failure for this one account's CTAs, lifted after the first attempt.
        jdbc.sql("""
                        create or replace function fail_cta_for_test() returns trigger language plpgsql as $$
                        begin
                          if exists (select 1 from account a where a.id = new.account_id and a.crm_id = '%s') then
                            raise exception 'simulated outage';
                          end if;
                          return new;
                        end $$""".formatted(crmId)).update();
        jdbc.sql(
                        "create trigger fail_cta_for_test before insert on cta for each row execute function fail_cta_for_test()")
                .update();
        try {
            api.put(
                    "/api/v1/accounts/" + crmId,
                    account("Flaky Co", "ENTERPRISE", false, "SAAS", 10, 70000, false, tam.username()),
                    201);
            UUID accountId = accounts.findByCrmId(crmId).orElseThrow().id();
            await().atMost(Duration.ofSeconds(10)).until(() -> failedPublications(accountId) > 0);
            assertThat(ctaCount(crmId)).isZero();
        } finally {
            jdbc.sql("drop trigger fail_cta_for_test on cta").update();
            jdbc.sql("drop function fail_cta_for_test()").update();
        }

        incomplete.resubmitIncompletePublications(publication -> true);

        await().atMost(Duration.ofSeconds(10)).until(() -> ctaCount(crmId) == 1);
        incomplete.resubmitIncompletePublications(publication -> true);
        assertThat(ctaCount(crmId)).isEqualTo(1);
    }

    @Test
    void aCustomerSideDelayCommentsUpdatesTheTimelineFlagsRiskAndOpensOneRiskCta() {
        AccountView account = newAccount(tam);
        UUID onboarding = byHand(account, PlaybookManagement.ONBOARDING_SAAS);
        CtaActor actor = CtaActor.user(SignedIn.currentUser(tam));

        ctas.logDelay(onboarding, DelayCause.OUR_SIDE, "Our SA is out this week", Sentiment.YELLOW, actor);
        assertThat(accounts.get(account.id()).atRisk()).isFalse();
        assertThat(accounts.get(account.id()).sentiment()).isEqualTo(Sentiment.YELLOW);

        ctas.logDelay(onboarding, DelayCause.CUSTOMER_SIDE, "Customer went dark after kickoff", Sentiment.RED, actor);
        ctas.logDelay(onboarding, DelayCause.CUSTOMER_SIDE, "Still no answer", Sentiment.RED, actor);

        AccountView after = accounts.get(account.id());
        assertThat(after.atRisk()).isTrue();
        assertThat(after.sentiment()).isEqualTo(Sentiment.RED);
        CtaDetail detail = ctas.detail(onboarding);
        assertThat(detail.comments()).extracting(CtaCommentView::kind).containsOnly(CommentKind.DELAY);
        assertThat(detail.comments()).hasSize(3);
        assertThat(detail.summary().status()).isEqualTo(CtaStatus.WORK_IN_PROGRESS);
        List<TimelineEntryView> entries =
                timeline.ofAccount(account.id(), PageRequest.of(0, 10)).getContent();
        assertThat(entries).hasSize(3).allMatch(e -> e.type() == TimelineEntryType.UPDATE);
        assertThat(entries)
                .extracting(TimelineEntryView::notes)
                .anyMatch(notes -> notes.contains("Customer went dark after kickoff"))
                .anyMatch(notes -> notes.contains("Our SA is out this week"));
        List<CtaSummary> risks = ctas.ofAccount(account.id()).stream()
                .filter(c -> c.type() == CtaType.RISK)
                .toList();
        assertThat(risks).singleElement().satisfies(risk -> {
            assertThat(risk.reason()).isEqualTo(CtaReason.NON_ENGAGED);
            assertThat(risk.ownerId()).isEqualTo(tam.id());
        });
    }

    @Test
    void anEditedTemplateNeverChangesACtaAlreadyRunning() {
        String code = TestData.unique("pb").toLowerCase();
        PlaybookTemplateSummary template =
                playbooks.createTemplate(new NewPlaybookTemplate(code, "Versioned " + code, "For a test", 20), "admin");
        PlaybookVersionView v2 = playbooks.addTask(
                template.id(),
                template.currentVersion(),
                new PlaybookTaskInput("Call the customer", "", 3, List.of("Agenda")),
                "admin");

        AccountView first = newAccount(tam);
        UUID running = byHandWith(first, template.id());

        PlaybookVersionView v3 = playbooks.editTask(
                template.id(),
                v2.version(),
                v2.tasks().getFirst().id(),
                new PlaybookTaskInput("Call the executive sponsor", "", 5, List.of("Agenda", "Goals")),
                "admin");
        assertThat(v3.version()).isEqualTo(v2.version() + 1);

        CtaDetail unchanged = ctas.detail(running);
        assertThat(unchanged.playbookVersionId()).isEqualTo(v2.id());
        assertThat(unchanged.tasks()).singleElement().satisfies(task -> {
            assertThat(task.title()).isEqualTo("Call the customer");
            assertThat(task.dueDate()).isEqualTo(unchanged.summary().startDate().plusDays(3));
            assertThat(task.checklist()).hasSize(1);
        });

        UUID later = byHandWith(newAccount(tam), template.id());
        assertThat(ctas.detail(later).tasks().getFirst().title()).isEqualTo("Call the executive sponsor");
        assertThat(ctas.detail(later).playbookVersionId()).isEqualTo(v3.id());
    }

    @Test
    void tasksNeedANoteToBeNotApplicableAndMovingTheDueDateMovesOpenTasks() {
        AccountView account = newAccount(tam);
        UUID id = byHand(account, PlaybookManagement.ONBOARDING_SELF_MANAGED);
        CtaActor actor = CtaActor.user(SignedIn.currentUser(tam));
        CtaDetail before = ctas.detail(id);
        UUID first = before.tasks().get(0).id();
        UUID second = before.tasks().get(1).id();

        assertThatThrownBy(() -> ctas.setTaskStatus(id, second, TaskStatus.NOT_APPLICABLE, " ", actor))
                .isInstanceOf(InvalidInputException.class);
        ctas.setTaskStatus(id, first, TaskStatus.DONE, null, actor);
        ctas.moveDueDate(
                id,
                before.summary().dueDate().plusDays(10),
                true,
                ctas.detail(id).version(),
                actor);

        CtaDetail after = ctas.detail(id);
        assertThat(after.tasks().get(0).dueDate())
                .isEqualTo(before.tasks().get(0).dueDate());
        assertThat(after.tasks().get(1).dueDate())
                .isEqualTo(before.tasks().get(1).dueDate().plusDays(10));
        assertThat(after.summary().dueDate())
                .isEqualTo(before.summary().dueDate().plusDays(10));
    }

    private AccountView newAccount(UserView tamOfAccount) {
        String crmId = TestData.unique("ENG");
        api.put(
                "/api/v1/accounts/" + crmId,
                account("Engine Co", "SMB", false, "SAAS", 5, 1000, false, tamOfAccount.username()),
                201);
        return accounts.findByCrmId(crmId).orElseThrow();
    }

    private UUID byHand(AccountView account, String playbookCode) {
        return byHandWith(account, playbooks.currentVersion(playbookCode).templateId());
    }

    private UUID byHandWith(AccountView account, UUID templateId) {
        return ctas.create(
                new NewCta(
                        account.id(),
                        CtaType.ONBOARDING,
                        null,
                        CtaPriority.HIGH,
                        tam.id(),
                        templateId,
                        LocalDate.now(),
                        null),
                CtaActor.user(SignedIn.currentUser(tam)));
    }

    private long ctaCount(String crmId) {
        return jdbc.sql("select count(*) from cta c join account a on a.id = c.account_id where a.crm_id = ?")
                .param(crmId)
                .query(Long.class)
                .single();
    }

    private long failedPublications(UUID accountId) {
        return jdbc.sql("select count(*) from event_publication where status = 'FAILED' and serialized_event like ?")
                .param("%" + accountId + "%")
                .query(Long.class)
                .single();
    }
}
