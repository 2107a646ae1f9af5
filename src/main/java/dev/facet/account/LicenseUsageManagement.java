package dev.facet.account;

import dev.facet.security.CurrentUser;
import dev.facet.security.UserManagement;
import dev.facet.security.UserReference;
import dev.facet.shared.AccessDeniedToObjectException;
import dev.facet.shared.InvalidInputException;
import dev.facet.shared.NotFoundException;
import dev.facet.shared.StaleEditException;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * License utilization history and the First Value Date (DOMAIN 7). Readings are keyed by account,
 * day and source, so a delivery repeated changes nothing. The First Value Date is written with a
 * single-column update, never through the account's version, so users' open account forms stay valid.
 */
@Service
@Transactional
public class LicenseUsageManagement {

    /** Readings are taken up to 1000%: customers may use more seats than they bought until the true-up. */
    public static final BigDecimal MAX_UTILIZATION_PERCENT = new BigDecimal("1000");

    /** The First Value threshold is a share of the seats bought. */
    public static final BigDecimal MAX_THRESHOLD_PERCENT = new BigDecimal("100");

    private static final int RECOMPUTE_BATCH = 500;

    private final LicenseUsageReadingRepository readings;
    private final LicenseUsageSettingsRepository settings;
    private final AccountRepository accounts;
    private final UserManagement users;
    private final Clock clock;

    LicenseUsageManagement(
            LicenseUsageReadingRepository readings,
            LicenseUsageSettingsRepository settings,
            AccountRepository accounts,
            UserManagement users,
            Clock clock) {
        this.readings = readings;
        this.settings = settings;
        this.accounts = accounts;
        this.users = users;
        this.clock = clock;
    }

    /** A reading from the CRM's cloud-license feed (or a manual one it relays). */
    public LicenseUsageRecorded record(String crmId, NewLicenseUsageReading reading) {
        checkReading(reading);
        // Readings of one account are serialized, so the earliest qualifying one is always seen.
        accounts.lockCrmId(crmId);
        FirstValueFacts account =
                accounts.findFirstValueFactsByCrmId(crmId).orElseThrow(() -> new NotFoundException("Account", crmId));
        return store(account, reading, null);
    }

    /** The account's TAM or a manager records a MANUAL reading on the account page. */
    public LicenseUsageRecorded recordByHand(
            UUID accountId, LocalDate date, BigDecimal utilizationPercent, CurrentUser actor) {
        var reading = new NewLicenseUsageReading(date, utilizationPercent, LicenseUsageSource.MANUAL);
        FirstValueFacts account = lockedFacts(accountId);
        requireWorker(account, actor);
        checkReading(reading);
        return store(account, reading, actor.id());
    }

    /** The account's TAM or a manager enters the First Value Date of an account without cloud-license data. */
    public FirstValue enterFirstValue(UUID accountId, LocalDate date, CurrentUser actor) {
        FirstValueFacts account = lockedFacts(accountId);
        requireWorker(account, actor);
        LocalDate today = LocalDate.now(clock.withZone(actor.timeZone()));
        boolean hasCloudReadings = readings.existsByAccountIdAndSource(accountId, LicenseUsageSource.CLOUD_LICENSE);
        FirstValuePolicy.checkManualEntry(date, account.originalContractDate(), today, hasCloudReadings)
                .ifPresent(r -> {
                    throw new InvalidInputException(r.field(), r.code(), r.message());
                });
        FirstValue entered = FirstValue.enteredBy(date, actor.id());
        write(accountId, entered);
        return entered;
    }

    /** The account's readings, newest first. */
    @Transactional(readOnly = true)
    public Page<LicenseUsageView> readings(String crmId, Pageable pageable) {
        FirstValueFacts account =
                accounts.findFirstValueFactsByCrmId(crmId).orElseThrow(() -> new NotFoundException("Account", crmId));
        return readings.findByAccountIdOrderByReadingDateDescSourceAsc(account.id(), pageable)
                .map(LicenseUsageReading::view);
    }

    /** The account's First Value Date and how it was set. */
    @Transactional(readOnly = true)
    public FirstValue firstValue(UUID accountId) {
        return accounts.findFirstValueFacts(accountId)
                .map(FirstValueFacts::firstValue)
                .orElseThrow(() -> new NotFoundException("Account", accountId));
    }

    /** The account page's section: a fixed handful of queries whatever the history holds. */
    @Transactional(readOnly = true)
    public LicenseUsagePanel panel(UUID accountId, CurrentUser viewer) {
        FirstValueFacts account =
                accounts.findFirstValueFacts(accountId).orElseThrow(() -> new NotFoundException("Account", accountId));
        List<LicenseUsageView> newest =
                readings.findTop400ByAccountIdOrderByReadingDateDescSourceAsc(accountId).stream()
                        .map(LicenseUsageReading::view)
                        .toList()
                        .reversed();
        boolean hasCloudReadings = readings.existsByAccountIdAndSource(accountId, LicenseUsageSource.CLOUD_LICENSE);
        UUID setBy = account.firstValueSetBy();
        String setByName = null;
        if (setBy != null) {
            UserReference user = users.references(List.of(setBy)).get(setBy);
            setByName = user == null ? null : user.displayName();
        }
        return new LicenseUsagePanel(
                accountId,
                account.name(),
                account.originalContractDate(),
                account.firstValue(),
                setByName,
                threshold(),
                newest,
                hasCloudReadings,
                AccountView.mayWork(account.tamId(), viewer));
    }

    /** The utilization at or above which a cloud-license reading sets the First Value Date. */
    @Transactional(readOnly = true)
    public BigDecimal threshold() {
        return settingsRow().firstValueThresholdPercent();
    }

    @Transactional(readOnly = true)
    public LicenseUsageSettingsView settings() {
        LicenseUsageSettings row = settingsRow();
        return new LicenseUsageSettingsView(row.firstValueThresholdPercent(), row.version());
    }

    /**
     * An admin changes the First Value threshold (above 0, at most 100%); every account with
     * cloud-license data then gets the First Value Date the new threshold gives it, by the same policy
     * as a new reading. Returns how many accounts' dates moved.
     */
    public int changeThreshold(BigDecimal percent, long basedOnVersion, CurrentUser admin) {
        if (!admin.isAdmin()) {
            throw new AccessDeniedToObjectException("Only admins change the First Value threshold");
        }
        if (percent.signum() <= 0 || percent.compareTo(MAX_THRESHOLD_PERCENT) > 0) {
            throw new InvalidInputException(
                    "thresholdPercent",
                    "account.licenseSettings.range",
                    "The threshold is above 0 and at most 100 percent");
        }
        LicenseUsageSettings row = settingsRow();
        if (row.version() != basedOnVersion) {
            throw new StaleEditException("The First Value threshold");
        }
        if (!row.changeThreshold(percent)) {
            return 0;
        }
        try {
            settings.flush();
        } catch (OptimisticLockingFailureException e) {
            throw new StaleEditException("The First Value threshold");
        }
        return recomputeFirstValues(percent);
    }

    private int recomputeFirstValues(BigDecimal threshold) {
        Map<UUID, @Nullable LocalDate> earliest = new HashMap<>();
        readings.findEarliestQualifyingOfAll(threshold).forEach(e -> earliest.put(e.accountId(), e.date()));
        int moved = 0;
        List<UUID> ids = List.copyOf(earliest.keySet());
        for (int from = 0; from < ids.size(); from += RECOMPUTE_BATCH) {
            for (FirstValueFacts account :
                    accounts.findFirstValueFactsIn(ids.subList(from, Math.min(ids.size(), from + RECOMPUTE_BATCH)))) {
                FirstValue after =
                        FirstValuePolicy.afterCloudReadings(account.firstValue(), earliest.get(account.id()));
                if (!after.equals(account.firstValue())) {
                    write(account.id(), after);
                    moved++;
                }
            }
        }
        return moved;
    }

    private LicenseUsageSettings settingsRow() {
        return settings.findById(LicenseUsageSettings.ONLY_ROW)
                .orElseThrow(() -> new IllegalStateException("account_license_settings is seeded by V11"));
    }

    private LicenseUsageRecorded store(FirstValueFacts account, NewLicenseUsageReading reading, @Nullable UUID by) {
        var existing = readings.findByAccountIdAndReadingDateAndSource(account.id(), reading.date(), reading.source());
        LicenseUsageRecorded.Outcome outcome;
        LicenseUsageReading stored;
        if (existing.isPresent()) {
            stored = existing.get();
            outcome = stored.correct(reading.utilizationPercent(), by, clock.instant())
                    ? LicenseUsageRecorded.Outcome.CORRECTED
                    : LicenseUsageRecorded.Outcome.UNCHANGED;
        } else {
            stored = readings.save(new LicenseUsageReading(reading, account.id(), by, clock.instant()));
            outcome = LicenseUsageRecorded.Outcome.CREATED;
        }
        FirstValue firstValue = account.firstValue();
        if (reading.source() == LicenseUsageSource.CLOUD_LICENSE && outcome != LicenseUsageRecorded.Outcome.UNCHANGED) {
            readings.flush();
            FirstValue after = FirstValuePolicy.afterCloudReadings(
                    firstValue, readings.findEarliestQualifying(account.id(), threshold()));
            if (!after.equals(firstValue)) {
                write(account.id(), after);
                firstValue = after;
            }
        }
        return new LicenseUsageRecorded(stored.view(), outcome, firstValue);
    }

    private void write(UUID accountId, FirstValue value) {
        accounts.updateFirstValue(accountId, value.date(), value.source(), value.setBy(), clock.instant());
    }

    /** The account's facts read after taking its lock, so a concurrent reading cannot slip between. */
    private FirstValueFacts lockedFacts(UUID accountId) {
        FirstValueFacts account =
                accounts.findFirstValueFacts(accountId).orElseThrow(() -> new NotFoundException("Account", accountId));
        accounts.lockCrmId(account.crmId());
        return accounts.findFirstValueFacts(accountId).orElseThrow(() -> new NotFoundException("Account", accountId));
    }

    private void checkReading(NewLicenseUsageReading reading) {
        BigDecimal percent = reading.utilizationPercent();
        if (percent.signum() < 0 || percent.compareTo(MAX_UTILIZATION_PERCENT) > 0) {
            throw new InvalidInputException(
                    "utilizationPercent",
                    "account.licenseUsage.percent.range",
                    "Utilization must be between 0 and 1000 percent");
        }
        if (percent.stripTrailingZeros().scale() > 2) {
            throw new InvalidInputException(
                    "utilizationPercent",
                    "account.licenseUsage.percent.scale",
                    "Utilization takes at most two decimals");
        }
        // A day of slack absorbs time zones ahead of UTC; a reading further ahead is a mistake.
        if (reading.date().isAfter(LocalDate.now(clock).plusDays(1))) {
            throw new InvalidInputException(
                    "date", "account.licenseUsage.date.future", "A reading may not be dated in the future");
        }
    }

    private static void requireWorker(FirstValueFacts account, CurrentUser actor) {
        if (!AccountView.mayWork(account.tamId(), actor)) {
            throw new AccessDeniedToObjectException("Only the account's TAM or a manager may enter license usage");
        }
    }
}
