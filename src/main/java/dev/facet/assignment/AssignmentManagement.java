package dev.facet.assignment;

import dev.facet.security.CurrentUser;
import dev.facet.shared.AccessDeniedToObjectException;
import dev.facet.shared.InvalidInputException;
import dev.facet.team.TeamPlanManagement;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The manager view (DOMAIN 9): the assignment queue with suggested TAMs, the team table, and the bulk
 * actions, which run in the background one account per transaction while the page follows their
 * progress. Only managers use it; admins edit the load weights.
 */
@Service
@Transactional(readOnly = true)
public class AssignmentManagement {

    private final AssignmentQueries queries;
    private final AssignmentSteps steps;
    private final BulkJobs jobs;
    private final LoadWeightsRepository weights;
    private final TeamPlanManagement team;
    private final Clock clock;

    AssignmentManagement(
            AssignmentQueries queries,
            AssignmentSteps steps,
            BulkJobs jobs,
            LoadWeightsRepository weights,
            TeamPlanManagement team,
            Clock clock) {
        this.team = team;
        this.queries = queries;
        this.steps = steps;
        this.jobs = jobs;
        this.weights = weights;
        this.clock = clock;
    }

    // ---- reading ----

    /**
     * A page of open ASSIGN_TAM items (the manager's own, or everyone's), soonest due first, with the
     * candidate TAMs ranked and a suggestion per item: three queries whatever the page holds.
     */
    public QueuePage queue(CurrentUser manager, boolean everyone, Pageable pageable) {
        requireManager(manager);
        LocalDate today = LocalDate.now(clock);
        List<QueueItem> items = queries.queue(
                manager.id(),
                everyone,
                today,
                (int) Math.min(pageable.getOffset(), Integer.MAX_VALUE),
                pageable.getPageSize());
        // Always counted, even when the first page is short: the page costs the same at any size.
        long total = queries.queueSize(manager.id(), everyone);
        List<TamLoad> ranked = SuggestionPolicy.rank(loads(manager));
        Map<UUID, UUID> suggestions = SuggestionPolicy.spread(
                items.stream()
                        .map(i -> new SuggestionPolicy.Placement<>(i.ctaId(), true, i.bookWeight()))
                        .toList(),
                ranked,
                Set.of());
        return new QueuePage(new PageImpl<>(items, pageable, total), ranked, suggestions);
    }

    /**
     * The open ASSIGN_TAM items of {@code managerId} (those the routing gave them, or they took over)
     * still waiting past their due date on {@code today}: the daily digest's list, at most {@code
     * limit} of them with the number of them all, in one statement. For a scheduled job, not a page:
     * it names the manager instead of acting as one.
     */
    public Page<QueueItem> overdueQueue(UUID managerId, LocalDate today, int limit) {
        AssignmentQueries.Counted<QueueItem> overdue = queries.overdueQueue(managerId, today, limit);
        return new PageImpl<>(overdue.rows(), PageRequest.of(0, limit), overdue.total());
    }

    /** Every active TAM, the manager's reports first, then by load. */
    public List<TamLoad> candidates(CurrentUser manager) {
        requireManager(manager);
        return SuggestionPolicy.rank(loads(manager));
    }

    /** The team table: the manager's reports, or every active TAM. */
    public List<TeamRow> team(CurrentUser manager, boolean everyone) {
        requireManager(manager);
        return queries.team(manager.id(), everyone, LocalDate.now(clock));
    }

    /** Whose accounts can be moved: every holder of a book, including users who have left. */
    public List<BookHolder> bookHolders(CurrentUser manager) {
        requireManager(manager);
        return queries.bookHolders();
    }

    /** A TAM's accounts, for choosing which to move. */
    public List<BookAccount> book(CurrentUser manager, UUID tamId) {
        requireManager(manager);
        return queries.book(tamId);
    }

    /** The open tasks past due on the TAM's open CTAs: the team table's overdue count, listed. */
    public List<OverdueTask> overdueTasks(CurrentUser manager, UUID tamId) {
        requireManager(manager);
        return queries.overdueTasks(tamId, LocalDate.now(clock));
    }

    public Optional<BulkJobView> job(UUID jobId, CurrentUser manager) {
        return jobs.find(jobId, manager.id());
    }

    // ---- bulk actions ----

    /** One queue item and the TAM the manager chose for it. */
    public record Assignment(UUID ctaId, UUID tamId) {}

    /**
     * Starts assigning each item's TAM to its account; the job reports each as assigned, skipped
     * (the account has a TAM already) or stale (the item closed meanwhile).
     */
    public UUID startAssigning(List<Assignment> assignments, boolean confirmUngraduated, CurrentUser manager) {
        requireManager(manager);
        if (assignments.isEmpty()) {
            throw new InvalidInputException("selected", "assignment.nothingSelected", "Choose at least one item");
        }
        Map<UUID, TamLoad> tams = candidatesById(manager);
        for (Assignment a : assignments) {
            if (!tams.containsKey(a.tamId())) {
                throw new InvalidInputException("tam", "assignment.notTam", "Choose an active TAM for every item");
            }
        }
        requireConfirmed(assignments.stream().map(Assignment::tamId).toList(), tams, confirmUngraduated);
        Map<UUID, String> names = queries.accountNamesOfCtas(
                assignments.stream().map(Assignment::ctaId).toList());
        record Item(UUID ctaId, String accountName, UUID tamId, String tamName) {}
        List<Item> items = assignments.stream()
                .map(a -> new Item(
                        a.ctaId(),
                        names.getOrDefault(a.ctaId(), "?"),
                        a.tamId(),
                        tams.get(a.tamId()).name()))
                .toList();
        return jobs.start(
                BulkJobView.Kind.ASSIGN,
                manager.id(),
                items,
                i -> steps.assign(i.ctaId(), i.accountName(), i.tamId(), i.tamName(), manager),
                Item::accountName);
    }

    /**
     * Starts moving the TAM's accounts ({@code accountIds} empty: all of them) to {@code toTamId}, or
     * with null, each to the suggested TAM (the same ranking as the queue, never the TAM they leave).
     * The account's open CTAs and their tasks follow the account (the cta module's reaction), and the
     * timeline records each move.
     */
    public UUID startReassigning(
            UUID fromTamId,
            Collection<UUID> accountIds,
            @Nullable UUID toTamId,
            boolean confirmUngraduated,
            CurrentUser manager) {
        requireManager(manager);
        Map<UUID, TamLoad> tams = candidatesById(manager);
        if (toTamId != null && !tams.containsKey(toTamId)) {
            throw new InvalidInputException("toTamId", "assignment.notTam", "Choose an active TAM");
        }
        if (fromTamId.equals(toTamId)) {
            throw new InvalidInputException("toTamId", "assignment.sameTam", "Choose another TAM to move to");
        }
        Set<UUID> chosen = new HashSet<>(accountIds);
        List<BookAccount> moving = queries.book(fromTamId).stream()
                .filter(a -> chosen.isEmpty() || chosen.contains(a.accountId()))
                .toList();
        if (moving.isEmpty()) {
            throw new InvalidInputException("accountIds", "assignment.nothingSelected", "Choose at least one account");
        }
        Map<UUID, UUID> target = toTamId != null
                ? moving.stream().collect(Collectors.toMap(BookAccount::accountId, a -> toTamId))
                : SuggestionPolicy.spread(
                        moving.stream()
                                .map(a -> new SuggestionPolicy.Placement<>(
                                        a.accountId(), a.openOnboarding(), a.bookWeight()))
                                .toList(),
                        SuggestionPolicy.rank(List.copyOf(tams.values())),
                        Set.of(fromTamId));
        if (target.isEmpty()) {
            throw new InvalidInputException("toTamId", "assignment.noCandidate", "There is no other TAM to move to");
        }
        requireConfirmed(target.values(), tams, confirmUngraduated);
        record Item(UUID accountId, String accountName, UUID toTamId, String toTamName) {}
        List<Item> items = moving.stream()
                .filter(a -> target.containsKey(a.accountId()))
                .map(a -> {
                    UUID to = target.get(a.accountId());
                    return new Item(a.accountId(), a.name(), to, tams.get(to).name());
                })
                .toList();
        return jobs.start(
                BulkJobView.Kind.REASSIGN,
                manager.id(),
                items,
                i -> steps.move(i.accountId(), fromTamId, i.toTamId(), i.toTamName(), manager),
                Item::accountName);
    }

    // ---- load weights ----

    public LoadWeights weights() {
        return weights.get();
    }

    /** An admin saves the weights, if nobody saved since {@code changes.version()}. */
    @Transactional
    public void changeWeights(LoadWeights changes, CurrentUser admin) {
        if (!admin.isAdmin()) {
            throw new AccessDeniedToObjectException("Only an admin changes the load weights");
        }
        check("openOnboarding", changes.openOnboarding());
        check("diamond", changes.diamond());
        check("pearl", changes.pearl());
        check("sapphire", changes.sapphire());
        check("ruby", changes.ruby());
        check("quartz", changes.quartz());
        check("unclassified", changes.unclassified());
        weights.save(changes, admin.id(), clock.instant());
    }

    private static void check(String field, int weight) {
        if (weight < 0 || weight > LoadWeights.MAX_WEIGHT) {
            throw new InvalidInputException(field, "assignment.weights.range", "A weight is 0 to 100");
        }
    }

    /**
     * Every active TAM's load, each marked when still ramping up: two statements, the loads and the
     * team module's plans.
     */
    private List<TamLoad> loads(CurrentUser manager) {
        List<TamLoad> loads = queries.loads(manager.id());
        Set<UUID> ramping = team.rampingAmong(loads.stream().map(TamLoad::tamId).toList());
        return loads.stream()
                .map(t -> t.withRamping(ramping.contains(t.tamId())))
                .toList();
    }

    /**
     * DOMAIN 10: assigning an account to a TAM who has not graduated from team onboarding needs the
     * manager's explicit confirmation; without it nothing starts.
     */
    private static void requireConfirmed(
            Collection<UUID> chosenTams, Map<UUID, TamLoad> tams, boolean confirmUngraduated) {
        if (confirmUngraduated) {
            return;
        }
        List<String> ramping = chosenTams.stream()
                .distinct()
                .map(tams::get)
                .filter(t -> t != null && t.ramping())
                .map(TamLoad::name)
                .sorted()
                .toList();
        if (!ramping.isEmpty()) {
            throw new UngraduatedTamException(ramping);
        }
    }

    private Map<UUID, TamLoad> candidatesById(CurrentUser manager) {
        return loads(manager).stream().collect(Collectors.toMap(TamLoad::tamId, Function.identity()));
    }

    private static void requireManager(CurrentUser user) {
        if (!user.isManager()) {
            throw new AccessDeniedToObjectException("Only managers assign and move accounts");
        }
    }
}
