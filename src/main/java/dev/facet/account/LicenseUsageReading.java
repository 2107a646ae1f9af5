package dev.facet.account;

import dev.facet.shared.Ids;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** One day's license utilization of an account from one source; the key is (account, date, source). */
@Entity
@Table(name = "license_usage_reading")
class LicenseUsageReading {

    @Id
    private UUID id;

    private UUID accountId;
    private LocalDate readingDate;
    private BigDecimal utilizationPercent;

    @Enumerated(EnumType.STRING)
    private LicenseUsageSource source;

    private Instant recordedAt;
    private @Nullable UUID recordedBy;

    @Version
    private @Nullable Long version;

    protected LicenseUsageReading() {}

    LicenseUsageReading(NewLicenseUsageReading reading, UUID accountId, @Nullable UUID recordedBy, Instant now) {
        this.id = Ids.newId();
        this.accountId = accountId;
        this.readingDate = reading.date();
        this.utilizationPercent = reading.utilizationPercent();
        this.source = reading.source();
        this.recordedAt = now.truncatedTo(ChronoUnit.MICROS); // what PostgreSQL keeps
        this.recordedBy = recordedBy;
    }

    /** A corrected value for the same day replaces the old one; the same value changes nothing. */
    boolean correct(BigDecimal utilizationPercent, @Nullable UUID recordedBy, Instant now) {
        if (this.utilizationPercent.compareTo(utilizationPercent) == 0) {
            return false;
        }
        this.utilizationPercent = utilizationPercent;
        this.recordedBy = recordedBy;
        this.recordedAt = now.truncatedTo(ChronoUnit.MICROS); // what PostgreSQL keeps
        return true;
    }

    LicenseUsageView view() {
        return new LicenseUsageView(readingDate, utilizationPercent, source, recordedAt);
    }
}
