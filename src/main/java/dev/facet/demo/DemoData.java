package dev.facet.demo;

import dev.facet.account.AccountDetails;
import dev.facet.account.AccountManagement;
import dev.facet.account.AccountView;
import dev.facet.account.C360Changes;
import dev.facet.account.ContactDetails;
import dev.facet.account.ContactRole;
import dev.facet.account.DeploymentType;
import dev.facet.account.DevOpsStage;
import dev.facet.account.LicenseUsageManagement;
import dev.facet.account.LifecycleStage;
import dev.facet.account.OpportunityDetails;
import dev.facet.account.OpportunityStage;
import dev.facet.account.OpportunityType;
import dev.facet.account.ProductTier;
import dev.facet.account.Region;
import dev.facet.account.Segment;
import dev.facet.account.Sentiment;
import dev.facet.cta.CtaActor;
import dev.facet.cta.CtaManagement;
import dev.facet.cta.CtaRulesAdministration;
import dev.facet.cta.RoutingSettings;
import dev.facet.playbook.PlaybookManagement;
import dev.facet.security.ApiTokenManagement;
import dev.facet.security.CurrentUser;
import dev.facet.security.NewUser;
import dev.facet.security.Role;
import dev.facet.security.UserManagement;
import dev.facet.security.UserView;
import dev.facet.shared.EventReactions;
import dev.facet.timeline.TimelineManagement;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The deterministic generator behind {@link DemoDataSeeder}. */
class DemoData {

    /** Shown in the README; only the demo profile ever registers it. */
    static final String API_TOKEN = "facet_demo_0123456789abcdef0123456789abcdef";

    static final String PASSWORD = "facet-demo-password";

    private static final Logger log = LoggerFactory.getLogger(DemoData.class);

    private static final String[] PREFIXES = {
        "Acme",
        "Globex",
        "Initech",
        "Umbrella",
        "Stark",
        "Wayne",
        "Hooli",
        "Vandelay",
        "Soylent",
        "Tyrell",
        "Cyberdyne",
        "Wonka",
        "Gringotts",
        "Oscorp",
        "Aperture",
        "Black Mesa",
        "Massive Dynamic",
        "Nakatomi",
        "Pied Piper",
        "Prestige",
        "Sterling",
        "Dunder",
        "Monarch",
        "Virtucon",
        "Bluth",
        "Gekko",
        "Duff",
        "Krusty",
        "Ollivander",
        "Rekall"
    };
    private static final String[] SUFFIXES = {
        "Logistics", "Health", "Bank", "Labs", "Systems", "Foods", "Energy", "Media", "Retail", "Robotics"
    };
    private static final String[] PEOPLE = {
        "Jordan Lee", "Priya Patel", "Sam Carter", "Lena Fischer", "Mateo Garcia", "Aiko Tanaka", "Noah Smith",
        "Fatima Zahra", "Oliver Brown", "Chloe Martin", "Lucas Silva", "Emma Rossi", "Ravi Kumar", "Hana Sato"
    };

    private final UserManagement users;
    private final AccountManagement accounts;
    private final ApiTokenManagement tokens;
    private final CtaRulesAdministration ctaRules;
    private final Clock clock;
    private final Random random = new Random(20_261_122L);
    private final DemoOnboardingHistory history;

    DemoData(
            UserManagement users,
            AccountManagement accounts,
            ApiTokenManagement tokens,
            CtaManagement ctas,
            CtaRulesAdministration ctaRules,
            PlaybookManagement playbooks,
            TimelineManagement timeline,
            LicenseUsageManagement licenseUsage,
            EventReactions reactions,
            Clock clock) {
        this.users = users;
        this.accounts = accounts;
        this.tokens = tokens;
        this.ctaRules = ctaRules;
        this.clock = clock;
        this.history = new DemoOnboardingHistory(accounts, ctas, playbooks, timeline, licenseUsage, reactions, random);
    }

    void generate(int accountCount) {
        UserView admin = user("admin", "Ada Admin", Set.of(Role.ADMIN), null, "UTC");
        UserView morgan = user("manager.amer", "Morgan Reyes", Set.of(Role.MANAGER), null, "America/New_York");
        UserView sofia = user("manager.emea", "Sofia Lindqvist", Set.of(Role.MANAGER), null, "Europe/Stockholm");
        List<UserView> tams = List.of(
                user("tam.alex", "Alex Kim", Set.of(Role.TAM), morgan, "America/Chicago"),
                user("tam.bea", "Bea Okafor", Set.of(Role.TAM), morgan, "America/New_York"),
                user("tam.chen", "Chen Wei", Set.of(Role.TAM), sofia, "Europe/Berlin"),
                user("tam.dana", "Dana Novak", Set.of(Role.TAM), sofia, "Europe/London"),
                user("tam.eli", "Eli Haddad", Set.of(Role.TAM), morgan, "Asia/Singapore"));
        tokens.register("CRM (demo)", API_TOKEN, admin.id());
        route(admin, morgan, sofia);
        CurrentUser manager = new CurrentUser(
                morgan.id(), morgan.username(), morgan.displayName(), morgan.roles(), ZoneId.of(morgan.timeZone()));

        LocalDate today = LocalDate.now(clock);
        for (int i = 0; i < accountCount; i++) {
            account(i, today, tams, manager);
        }
        history.finish(today, CtaActor.user(manager));
        log.info("Demo data: {} users and {} accounts", 3 + tams.size(), accountCount);
    }

    private void account(int i, LocalDate today, List<UserView> tams, CurrentUser manager) {
        String name = PREFIXES[i % PREFIXES.length] + " " + SUFFIXES[(i / PREFIXES.length) % SUFFIXES.length];
        String crmId = String.format(Locale.ROOT, "CRM-%05d", 10_000 + i);
        // Every fifth account aims at each gemstone in turn, so all five appear in the list.
        int seats = switch (i % 5) {
            case 0 -> 5_001 + random.nextInt(9_000);
            case 1 -> 1_001 + random.nextInt(2_500);
            case 2 -> 600 + random.nextInt(900);
            case 3 -> 501 + random.nextInt(499);
            default -> 10 + random.nextInt(480);
        };
        ProductTier tier = pick(ProductTier.values());
        Segment segment =
                seats > 2_000 ? Segment.ENTERPRISE : seats > 500 ? Segment.MID_MARKET : pick(Segment.values());
        BigDecimal arr = BigDecimal.valueOf((long) seats * (40 + random.nextInt(80)));
        LocalDate contract = today.minusDays(random.nextInt(420));
        @Nullable UserView tam = random.nextInt(4) == 0 ? null : tams.get(random.nextInt(tams.size()));
        String person = PEOPLE[random.nextInt(PEOPLE.length)];
        var details = new AccountDetails(
                name,
                segment,
                pick(Region.values()),
                random.nextInt(10) == 0,
                pick(DeploymentType.values()),
                tier,
                seats,
                arr,
                contract,
                random.nextInt(20) == 0,
                person,
                PEOPLE[(i * 7) % PEOPLE.length]);
        // Every customer with a TAM had its onboarding shortly after its contract: the TAM is assigned
        // after it is made, so the rules add to it instead of opening one today for an old contract.
        boolean pastOnboarding = tam != null;
        AccountView account = accounts.upsertFromCrm(
                        crmId, details, tam == null || pastOnboarding ? null : tam.username(), contacts(name))
                .account();
        if (pastOnboarding) {
            history.start(account.id(), crmId, details, contract, today, tam, CtaActor.user(manager));
        }

        int opportunityCount = 1 + random.nextInt(3);
        for (int o = 0; o < opportunityCount; o++) {
            OpportunityType type = o == 0 ? OpportunityType.NEW_BUSINESS : pick(OpportunityType.values());
            LocalDate close = o == 0 ? contract : today.plusDays(random.nextInt(500) - 60);
            OpportunityStage stage = o == 0
                    ? OpportunityStage.CLOSED_WON
                    : OpportunityStage.values()[random.nextInt(OpportunityStage.values().length)];
            BigDecimal amount = arr.multiply(BigDecimal.valueOf(o == 0 ? 100 : 20 + random.nextInt(120)))
                    .movePointLeft(2);
            accounts.upsertOpportunity(
                    crmId, crmId + "-OPP-" + (o + 1), new OpportunityDetails(type, stage, amount, close));
        }

        if (tam != null) {
            // A past onboarding sets the stage itself (ONBOARDING when made, ADOPTION when closed).
            if (!pastOnboarding) {
                LifecycleStage stage =
                        contract.isAfter(today.minusDays(60)) ? LifecycleStage.ONBOARDING : LifecycleStage.ADOPTION;
                accounts.moveToStage(account.id(), stage);
            }
            AccountView current = accounts.get(account.id());
            accounts.editC360(
                    account.id(),
                    new C360Changes(
                            pick(Sentiment.values()),
                            current.deploymentType(),
                            adoption(contract, today),
                            current.version()),
                    manager);
        }
    }

    /** Morgan covers AMER, Sofia EMEA and APAC, for every segment; Morgan is the fallback. */
    private void route(UserView admin, UserView amer, UserView emea) {
        Map<RoutingSettings.Cell, UUID> cells = new HashMap<>();
        for (Segment segment : Segment.values()) {
            for (Region region : Region.values()) {
                cells.put(new RoutingSettings.Cell(segment, region), region == Region.AMER ? amer.id() : emea.id());
            }
        }
        RoutingSettings current = ctaRules.routing();
        ctaRules.changeRouting(
                new RoutingSettings(
                        Map.copyOf(cells),
                        amer.id(),
                        current.assignTamDueDays(),
                        current.riskDueDays(),
                        current.snoozeMaxDays(),
                        current.version()),
                currentUser(admin));
    }

    private static CurrentUser currentUser(UserView user) {
        return new CurrentUser(
                user.id(), user.username(), user.displayName(), user.roles(), ZoneId.of(user.timeZone()));
    }

    private List<ContactDetails> contacts(String accountName) {
        String domain = accountName.toLowerCase(Locale.ROOT).replaceAll("[^a-z]", "") + ".example";
        List<ContactDetails> contacts = new ArrayList<>();
        int count = 1 + random.nextInt(3);
        for (int c = 0; c < count; c++) {
            String person = PEOPLE[random.nextInt(PEOPLE.length)];
            String email = person.toLowerCase(Locale.ROOT).replace(' ', '.') + "@" + domain;
            Set<ContactRole> roles = c == 0 ? Set.of(ContactRole.ADMIN) : Set.of(pick(ContactRole.values()));
            // Some accounts lack an admin contact, as real CRMs do.
            if (c == 0 && random.nextInt(8) == 0) {
                roles = Set.of(ContactRole.TECHNICAL);
            }
            // The same person drawn twice would be a duplicate email, which accounts refuse.
            if (contacts.stream().noneMatch(existing -> existing.email().equals(email))) {
                contacts.add(new ContactDetails(person, email, roles));
            }
        }
        return contacts;
    }

    private Map<DevOpsStage, LocalDate> adoption(LocalDate contract, LocalDate today) {
        Map<DevOpsStage, LocalDate> adopted = new EnumMap<>(DevOpsStage.class);
        int stages = random.nextInt(DevOpsStage.values().length);
        for (int s = 0; s < stages; s++) {
            LocalDate on = contract.plusDays(random.nextInt(90));
            adopted.put(DevOpsStage.values()[s], on.isAfter(today) ? today : on);
        }
        return adopted;
    }

    private UserView user(String username, String name, Set<Role> roles, @Nullable UserView manager, String zone) {
        return users.create(new NewUser(
                username,
                name,
                username + "@facet.example",
                PASSWORD,
                roles,
                manager == null ? null : manager.id(),
                zone));
    }

    private <T> T pick(T[] values) {
        return values[random.nextInt(values.length)];
    }
}
