package dev.facet.account;

import dev.facet.security.CurrentUser;
import dev.facet.security.Role;
import dev.facet.security.UserManagement;
import dev.facet.security.UserView;
import dev.facet.shared.AccessDeniedToObjectException;
import dev.facet.shared.ConflictException;
import dev.facet.shared.InvalidInputException;
import dev.facet.shared.NotFoundException;
import dev.facet.shared.StaleEditException;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Accounts: created and updated by the CRM or by managers, their C360 fields and contacts kept by
 * their TAM. Whenever seats, tier or Total Account Value change it publishes {@link
 * AccountFactsChanged}, in the same transaction, so the gemstone never lags behind the facts; whenever
 * the contacts change, {@link AccountContactsChanged}.
 */
@Service
@Transactional
public class AccountManagement {

    private final AccountRepository accounts;
    private final AccountSearch search;
    private final FiscalCalendarRepository fiscalCalendar;
    private final UserManagement users;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    AccountManagement(
            AccountRepository accounts,
            AccountSearch search,
            FiscalCalendarRepository fiscalCalendar,
            UserManagement users,
            ApplicationEventPublisher events,
            Clock clock) {
        this.accounts = accounts;
        this.search = search;
        this.fiscalCalendar = fiscalCalendar;
        this.users = users;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Creates or updates an account from the CRM. {@code contacts} null leaves the contacts as they
     * are; a list replaces them (checked by {@link ContactPolicy}, fields named {@code contacts[i].…}),
     * announced by {@link AccountContactsChanged} only when it differs from the stored one.
     */
    public AccountUpsert upsertFromCrm(
            String crmId,
            AccountDetails details,
            @Nullable String tamUsername,
            @Nullable List<ContactDetails> contacts) {
        UUID tamId = tamUsername == null ? null : resolveTam("tam", tamUsername);
        // Two concurrent first deliveries of one account: the second waits and then updates.
        accounts.lockCrmId(crmId);
        Optional<Account> existing = accounts.findByCrmId(crmId);
        Account account = existing.orElseGet(() -> new Account(crmId, details, clock.instant()));
        CommercialFacts before = existing.isPresent() ? CommercialFacts.of(account) : CommercialFacts.NEW_ACCOUNT;
        boolean sizingChanged = existing.isEmpty() || account.apply(details, clock.instant());
        account.assignTam(tamId);
        boolean contactsChanged = contacts != null && account.replaceContacts(contacts);
        saveAndAnnounce(account, sizingChanged);
        announceCommercialChanges(before, account, null);
        if (contactsChanged) {
            events.publishEvent(new AccountContactsChanged(account.id()));
        }
        return new AccountUpsert(account.view(), existing.isEmpty());
    }

    /** Creates or updates one opportunity of an account; its TAV and gemstone follow. */
    public OpportunityUpsert upsertOpportunity(
            String accountCrmId, String opportunityCrmId, OpportunityDetails details) {
        Account account =
                accounts.findByCrmId(accountCrmId).orElseThrow(() -> new NotFoundException("Account", accountCrmId));
        Optional<Opportunity> existing = account.opportunity(opportunityCrmId);
        if (existing.isEmpty()) {
            accounts.findAccountCrmIdOfOpportunity(opportunityCrmId).ifPresent(other -> {
                throw new ConflictException(
                        "opportunityCrmId", "Opportunity " + opportunityCrmId + " belongs to another account");
            });
        }
        OpportunityStage previousStage = existing.map(Opportunity::stage).orElse(null);
        Opportunity opportunity =
                existing.orElseGet(() -> account.addOpportunity(opportunityCrmId, details, clock.instant()));
        boolean changed = existing.isEmpty() || existing.get().apply(details, clock.instant());
        // Opportunities reach the gemstone only through TAV, which saveAndAnnounce recomputes.
        saveAndAnnounce(account, false);
        if (changed) {
            events.publishEvent(new OpportunityChanged(
                    account.id(), opportunityCrmId, details.type(), previousStage, details.stage(), details.amount()));
        }
        return new OpportunityUpsert(opportunity.view(), existing.isEmpty());
    }

    /** A manager or admin creates an account in the browser. */
    public UUID create(
            String crmId, AccountDetails details, @Nullable UUID tamId, LifecycleStage stage, CurrentUser actor) {
        requireMaintainer(actor);
        if (accounts.findByCrmId(crmId).isPresent()) {
            throw new ConflictException("crmId", "An account with CRM id " + crmId + " exists already");
        }
        checkTam(tamId);
        Account account = new Account(crmId, details, clock.instant());
        account.assignTam(tamId);
        account.moveTo(stage);
        saveAndAnnounce(account, true);
        announceCommercialChanges(CommercialFacts.NEW_ACCOUNT, account, actor.id());
        return account.id();
    }

    /** A manager or admin edits an account; a stale version is refused. */
    public void update(
            UUID id,
            AccountDetails details,
            @Nullable UUID tamId,
            LifecycleStage stage,
            long version,
            CurrentUser actor) {
        requireMaintainer(actor);
        Account account = load(id);
        checkVersion(account, version);
        checkTam(tamId);
        CommercialFacts before = CommercialFacts.of(account);
        boolean sizingChanged = account.apply(details, clock.instant());
        account.assignTam(tamId);
        account.moveTo(stage);
        saveAndAnnounce(account, sizingChanged);
        announceCommercialChanges(before, account, actor.id());
    }

    /**
     * Assigns (or, with null, clears) the account's TAM, as the CRM or a manager does. Only managers
     * assign; the CRM's API token stands for the sales-ops process that assigns in the CRM.
     */
    public AccountView assignTam(String crmId, @Nullable String tamUsername) {
        UUID tamId = tamUsername == null ? null : resolveTam("username", tamUsername);
        Account account = accounts.findByCrmId(crmId).orElseThrow(() -> new NotFoundException("Account", crmId));
        changeTam(account, tamId, null);
        return account.view();
    }

    /** A manager assigns (or clears) the TAM from the account page. */
    public void assignTam(UUID id, @Nullable UUID tamId, CurrentUser actor) {
        if (!actor.isManager()) {
            throw new AccessDeniedToObjectException("Only managers assign TAMs");
        }
        checkTam(tamId);
        changeTam(load(id), tamId, actor.id());
    }

    private void changeTam(Account account, @Nullable UUID tamId, @Nullable UUID changedBy) {
        UUID previous = account.tamId();
        if (Objects.equals(previous, tamId)) {
            return;
        }
        account.assignTam(tamId);
        account.touch(clock.instant());
        accounts.saveAndFlush(account);
        events.publishEvent(new TamAssigned(account.id(), previous, tamId, changedBy));
    }

    /** A customer-side onboarding delay or another risk signal: the account is at risk. */
    public void flagAtRisk(UUID id) {
        requireUpdated(accounts.setAtRisk(id, true, clock.instant()), id);
    }

    /** The last RISK item closed, or a TAM or manager judged the risk gone (DOMAIN 8). */
    public void clearAtRisk(UUID id) {
        requireUpdated(accounts.setAtRisk(id, false, clock.instant()), id);
    }

    /** A TAM's UPDATE with a revised sentiment (DOMAIN 6). */
    public void reviseSentiment(UUID id, Sentiment sentiment) {
        requireUpdated(accounts.updateSentiment(id, sentiment, clock.instant()), id);
    }

    private void announceCommercialChanges(CommercialFacts before, Account account, @Nullable UUID changedBy) {
        if (before.arr() == null || before.arr().compareTo(account.arr()) != 0) {
            events.publishEvent(new AccountArrChanged(account.id(), before.arr(), account.arr()));
        }
        if (!before.onboardingPilot() && account.onboardingPilot()) {
            events.publishEvent(new OnboardingPilotFlagged(account.id()));
        }
        if (!Objects.equals(before.tamId(), account.tamId())) {
            events.publishEvent(new TamAssigned(account.id(), before.tamId(), account.tamId(), changedBy));
        }
    }

    /** What an account looked like before a change, for the events that compare before and after. */
    private record CommercialFacts(
            @Nullable BigDecimal arr,
            boolean onboardingPilot,
            @Nullable UUID tamId) {
        static final CommercialFacts NEW_ACCOUNT = new CommercialFacts(null, false, null);

        static CommercialFacts of(Account account) {
            return new CommercialFacts(account.arr(), account.onboardingPilot(), account.tamId());
        }
    }

    /** The account's TAM (or a manager) keeps the C360 fields. */
    public void editC360(UUID id, C360Changes changes, CurrentUser actor) {
        Account account = load(id);
        if (!AccountView.mayWork(account.tamId(), actor)) {
            throw new AccessDeniedToObjectException("Only the account's TAM or a manager may edit this account");
        }
        checkVersion(account, changes.version());
        account.editC360(changes, clock.instant());
        accounts.saveAndFlush(account);
    }

    /**
     * The account's TAM (or a manager) adds a contact. No version is asked for: adding overwrites
     * nobody's work, and a person added twice meanwhile is caught as a duplicate email.
     *
     * @throws InvalidInputException naming {@code name} or {@code email} (see {@link ContactPolicy})
     */
    public ContactView addContact(UUID accountId, ContactDetails details, CurrentUser actor) {
        Account account = loadForContactEdit(accountId, actor);
        Contact contact = account.addContact(details, clock.instant());
        accounts.saveAndFlush(account);
        events.publishEvent(new AccountContactsChanged(accountId));
        return contact.view();
    }

    /**
     * The account's TAM (or a manager) changes a contact, from the account version their form was
     * loaded at: a stale version is refused, since the contacts (or the CRM's whole list) may have
     * changed meanwhile. Saving unchanged values writes and announces nothing.
     */
    public void editContact(UUID accountId, UUID contactId, ContactDetails details, long version, CurrentUser actor) {
        Account account = loadForContactEdit(accountId, actor);
        checkVersion(account, version);
        if (account.editContact(contactId, details, clock.instant())) {
            accounts.saveAndFlush(account);
            events.publishEvent(new AccountContactsChanged(accountId));
        }
    }

    /** The account's TAM (or a manager) removes a contact, from the version they saw it at. */
    public void removeContact(UUID accountId, UUID contactId, long version, CurrentUser actor) {
        Account account = loadForContactEdit(accountId, actor);
        checkVersion(account, version);
        account.removeContact(contactId, clock.instant());
        accounts.saveAndFlush(account);
        events.publishEvent(new AccountContactsChanged(accountId));
    }

    /**
     * The account's contacts that carry a role, in the account's order; empty when none does (or the
     * account does not exist). For example the enablement emails go to {@code contactsWithRole(id,
     * ContactRole.ADMIN)}, and wait while that is empty: {@link AccountContactsChanged} says when to
     * ask again.
     */
    @Transactional(readOnly = true)
    public List<ContactView> contactsWithRole(UUID accountId, ContactRole role) {
        return accounts.findContactsOfAccount(accountId).stream()
                .map(Contact::view)
                .filter(contact -> contact.roles().contains(role))
                .toList();
    }

    private Account loadForContactEdit(UUID accountId, CurrentUser actor) {
        Account account = load(accountId);
        if (!AccountView.mayWork(account.tamId(), actor)) {
            throw new AccessDeniedToObjectException(
                    "Only the account's TAM or a manager may edit this account's contacts");
        }
        return account;
    }

    /** Moves the account along its lifecycle (PROSPECT, ONBOARDING, ADOPTION...). */
    public void moveToStage(UUID id, LifecycleStage stage) {
        requireUpdated(accounts.updateLifecycleStage(id, stage, clock.instant()), id);
    }

    private static void requireUpdated(int rows, UUID id) {
        if (rows == 0) {
            throw new NotFoundException("Account", id);
        }
    }

    /** Written by the gemstone module after it classified the account. */
    public void recordGemstone(UUID id, Gemstone gemstone, String reason) {
        load(id).recordGemstone(gemstone, reason);
    }

    /** A batch of accounts' gemstone facts in id order, after the given id: for recomputing them all. */
    @Transactional(readOnly = true)
    public List<AccountFacts> factsAfter(UUID after, int batchSize) {
        return accounts.findFactsAfter(after, batchSize);
    }

    @Transactional(readOnly = true)
    public AccountView get(UUID id) {
        return load(id).view();
    }

    /** Account names by id, in one query: for lists of other modules' objects. */
    @Transactional(readOnly = true)
    public java.util.Map<UUID, String> names(java.util.Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return java.util.Map.of();
        }
        return accounts.findNames(java.util.Set.copyOf(ids)).stream()
                .collect(java.util.stream.Collectors.toMap(AccountName::id, AccountName::name));
    }

    @Transactional(readOnly = true)
    public Optional<AccountView> findByCrmId(String crmId) {
        return accounts.findByCrmId(crmId).map(Account::view);
    }

    @Transactional(readOnly = true)
    public Page<AccountSummary> search(
            AccountFilter filter, AccountSort sort, Sort.Direction direction, Pageable pageable) {
        return search.search(filter, sort, direction, pageable);
    }

    private void saveAndAnnounce(Account account, boolean sizingChanged) {
        LocalDate today = LocalDate.now(clock);
        MonthDay fiscalYearStart = fiscalCalendar
                .findById(FiscalCalendar.ONLY_ROW)
                .map(FiscalCalendar::fiscalYearStart)
                .orElse(MonthDay.of(2, 1));
        boolean tavChanged = account.recomputeTotalAccountValue(today, fiscalYearStart);
        accounts.saveAndFlush(account);
        if (sizingChanged || tavChanged) {
            events.publishEvent(account.factsChanged());
        }
    }

    private UUID resolveTam(String field, String username) {
        UserView user = users.findByUsername(username)
                .filter(UserView::active)
                .orElseThrow(() -> new InvalidInputException(field, "account.tam.unknown", "Unknown TAM " + username));
        if (!user.roles().contains(Role.TAM) && !user.roles().contains(Role.MANAGER)) {
            throw new InvalidInputException(field, "account.tam.notTam", "User " + username + " is not a TAM");
        }
        return user.id();
    }

    private void checkTam(@Nullable UUID tamId) {
        if (tamId == null) {
            return;
        }
        UserView user = users.find(tamId).orElse(null);
        if (user == null
                || !user.active()
                || !(user.roles().contains(Role.TAM) || user.roles().contains(Role.MANAGER))) {
            throw new InvalidInputException("tamId", "account.tam.notTam", "That user is not an active TAM");
        }
    }

    private static void requireMaintainer(CurrentUser actor) {
        if (!actor.maintainsAccounts()) {
            throw new AccessDeniedToObjectException("Only managers and admins maintain accounts");
        }
    }

    private static void checkVersion(Account account, long version) {
        if (account.version() != version) {
            throw new StaleEditException("Account");
        }
    }

    private Account load(UUID id) {
        return accounts.findById(id).orElseThrow(() -> new NotFoundException("Account", id));
    }
}
