package dev.facet.demo;

import dev.facet.account.AccountDetails;
import dev.facet.account.AccountManagement;
import dev.facet.account.DeploymentType;
import dev.facet.account.LicenseUsageManagement;
import dev.facet.account.LicenseUsageSource;
import dev.facet.account.NewLicenseUsageReading;
import dev.facet.account.Sentiment;
import dev.facet.cta.CtaActor;
import dev.facet.cta.CtaManagement;
import dev.facet.cta.CtaPriority;
import dev.facet.cta.CtaStatus;
import dev.facet.cta.CtaTaskView;
import dev.facet.cta.CtaType;
import dev.facet.cta.DelayCause;
import dev.facet.cta.NewCta;
import dev.facet.cta.TaskStatus;
import dev.facet.playbook.PlaybookManagement;
import dev.facet.security.UserView;
import dev.facet.shared.EventReactions;
import dev.facet.timeline.NewTimelineEntry;
import dev.facet.timeline.TimelineEntryType;
import dev.facet.timeline.TimelineManagement;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Onboardings of the past months, so the dashboards have cohorts to show from the first start:
 * an onboarding CTA made by hand with a start date shortly after the contract, the TAM assigned
 * after it (the engine's rules then add to it rather than open another), and once the engine's
 * reactions are done, the calls and meetings that engaged the customer and, for the older ones, the
 * close, and weekly cloud-license readings that set the First Value Date. Some customers are never engaged and some onboardings run long, as in real books.
 */
class DemoOnboardingHistory {

    private static final Logger log = LoggerFactory.getLogger(DemoOnboardingHistory.class);

    private record Started(
            UUID accountId,
            String crmId,
            UUID ctaId,
            UUID tamId,
            String tamUsername,
            AccountDetails details,
            LocalDate contract,
            LocalDate start) {}

    /** An onboarding that started this long ago is over, as every real one is after a few months. */
    private static final int ALWAYS_CLOSED_AFTER_DAYS = 100;

    private final AccountManagement accounts;
    private final CtaManagement ctas;
    private final PlaybookManagement playbooks;
    private final TimelineManagement timeline;
    private final LicenseUsageManagement licenseUsage;
    private final EventReactions reactions;
    private final Random random;
    private final List<Started> started = new ArrayList<>();

    DemoOnboardingHistory(
            AccountManagement accounts,
            CtaManagement ctas,
            PlaybookManagement playbooks,
            TimelineManagement timeline,
            LicenseUsageManagement licenseUsage,
            EventReactions reactions,
            Random random) {
        this.accounts = accounts;
        this.ctas = ctas;
        this.playbooks = playbooks;
        this.timeline = timeline;
        this.licenseUsage = licenseUsage;
        this.reactions = reactions;
        this.random = random;
    }

    /** Opens the account's onboarding as it started a few days after the contract, then assigns the TAM. */
    void start(
            UUID accountId,
            String crmId,
            AccountDetails details,
            LocalDate contract,
            LocalDate today,
            UserView tam,
            CtaActor manager) {
        DeploymentType deployment = details.deploymentType();
        LocalDate start = min(contract.plusDays(1 + random.nextInt(10)), today);
        String playbook = deployment == DeploymentType.SAAS
                ? PlaybookManagement.ONBOARDING_SAAS
                : PlaybookManagement.ONBOARDING_SELF_MANAGED;
        UUID ctaId = ctas.create(
                new NewCta(
                        accountId,
                        CtaType.ONBOARDING,
                        null,
                        CtaPriority.MEDIUM,
                        tam.id(),
                        playbooks.currentVersion(playbook).templateId(),
                        start,
                        null),
                manager);
        accounts.assignTam(crmId, tam.username());
        started.add(new Started(accountId, crmId, ctaId, tam.id(), tam.username(), details, contract, start));
    }

    /**
     * Waits for the engine's reactions to the assignments (they run after each commit), then writes
     * the calls and closes: closing before the engine has seen the onboarding would make it open
     * a second one for the TAM assignment.
     */
    void finish(LocalDate today, CtaActor manager) {
        awaitReactions();
        int closed = 0;
        List<Started> closedOnes = new ArrayList<>();
        for (Started onboarding : started) {
            // About one customer in eight never picks up the phone.
            boolean engaged = false;
            if (random.nextInt(8) != 0) {
                LocalDate call = onboarding.start().plusDays(random.nextInt(28) - 3);
                if (!call.isAfter(today)) {
                    engaged = true;
                    timeline.record(new NewTimelineEntry(
                            onboarding.accountId(),
                            random.nextBoolean() ? TimelineEntryType.CALL : TimelineEntryType.MEETING,
                            call,
                            onboarding.tamId(),
                            null,
                            "Kickoff: introductions, goals for the first 90 days and the cadence-call schedule."));
                }
            }
            licenseReadings(onboarding, today);
            LocalDate closeOn = onboarding.start().plusDays(20 + random.nextInt(45));
            boolean old = onboarding.start().isBefore(today.minusDays(ALWAYS_CLOSED_AFTER_DAYS));
            boolean closes = closeOn.isBefore(today) && (old || random.nextInt(6) != 0);
            CtaActor tam = new CtaActor(onboarding.tamId(), onboarding.tamUsername(), false, ZoneOffset.UTC);
            workTasks(onboarding, closes ? closeOn : today, engaged, tam);
            if (closes) {
                ctas.close(onboarding.ctaId(), CtaStatus.CLOSED_SUCCESS, closeOn, null, true, manager);
                closedOnes.add(onboarding);
                closed++;
            } else {
                trouble(onboarding, today, tam);
            }
        }
        upgrades(closedOnes);
        log.info("Demo data: {} past onboardings, {} of them closed", started.size(), closed);
    }

    /**
     * The tasks a TAM would have done by {@code until}: those due by then, mostly done (now and then
     * not applicable, with a note), and the kickoff once the customer has been on a call.
     */
    private void workTasks(Started onboarding, LocalDate until, boolean engaged, CtaActor tam) {
        List<CtaTaskView> tasks = ctas.detail(onboarding.ctaId()).tasks();
        for (int i = 0; i < tasks.size(); i++) {
            CtaTaskView task = tasks.get(i);
            boolean kickoff = i == 1;
            boolean due = !task.dueDate().isAfter(until);
            if (kickoff ? !engaged : !due || random.nextInt(10) == 0) {
                continue;
            }
            if (!kickoff && random.nextInt(12) == 0) {
                ctas.setTaskStatus(
                        onboarding.ctaId(),
                        task.id(),
                        TaskStatus.NOT_APPLICABLE,
                        "Covered in the hand-off call with the account team",
                        tam);
            } else {
                ctas.setTaskStatus(onboarding.ctaId(), task.id(), TaskStatus.DONE, null, tam);
            }
        }
    }

    /** Some running onboardings wait on the customer: snoozed a while, or delayed and at risk. */
    private void trouble(Started onboarding, LocalDate today, CtaActor tam) {
        int roll = random.nextInt(10);
        if (roll == 0) {
            ctas.snooze(
                    onboarding.ctaId(),
                    today.plusDays(5 + random.nextInt(20)),
                    "Customer in a change freeze until their release ships",
                    tam);
        } else if (roll == 1) {
            ctas.logDelay(
                    onboarding.ctaId(),
                    DelayCause.CUSTOMER_SIDE,
                    "Champion went quiet after the kickoff; two follow-ups unanswered",
                    Sentiment.YELLOW,
                    tam);
        }
    }

    /**
     * About one long-standing customer in eight bought more this month: the CRM sends the higher ARR,
     * and the trigger rules open an onboarding for an existing customer, whose first value is long
     * reached.
     */
    private void upgrades(List<Started> closedOnes) {
        for (Started onboarding : closedOnes) {
            if (random.nextInt(8) != 0) {
                continue;
            }
            AccountDetails before = onboarding.details();
            AccountDetails upgraded = new AccountDetails(
                    before.name(),
                    before.segment(),
                    before.region(),
                    before.publicSector(),
                    before.deploymentType(),
                    before.productTier(),
                    before.seats() + before.seats() / 2,
                    before.arr().multiply(BigDecimal.valueOf(2)),
                    before.originalContractDate(),
                    before.onboardingPilot(),
                    before.salesOwner(),
                    before.solutionsArchitect());
            accounts.upsertFromCrm(onboarding.crmId(), upgraded, onboarding.tamUsername(), null);
        }
        awaitReactions();
    }

    /**
     * Weekly cloud-license readings since the contract, growing so that most customers pass the
     * first-value threshold between one and ten weeks in; about one in seven stays below it.
     */
    private void licenseReadings(Started onboarding, LocalDate today) {
        boolean reachesValue = random.nextInt(7) != 0;
        int weeksToValue = 1 + random.nextInt(10);
        double perWeek = reachesValue ? 10.0 / weeksToValue : 0.6;
        for (int week = 0; week <= 12; week++) {
            LocalDate on = onboarding.contract().plusWeeks(week);
            if (on.isAfter(today)) {
                return;
            }
            double percent = Math.min(95.0, 1.0 + perWeek * week + random.nextDouble());
            licenseUsage.record(
                    onboarding.crmId(),
                    new NewLicenseUsageReading(
                            on,
                            BigDecimal.valueOf(percent).setScale(2, RoundingMode.HALF_UP),
                            LicenseUsageSource.CLOUD_LICENSE));
        }
    }

    private void awaitReactions() {
        Instant deadline = Instant.now().plus(Duration.ofMinutes(2));
        while (Instant.now().isBefore(deadline)
                && !reactions.incompleteOlderThan(Duration.ZERO).isEmpty()) {
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }
}
