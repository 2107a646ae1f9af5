package dev.facet.account;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/** The utilization at which cloud-license data sets the First Value Date (DOMAIN 7: 10%), as data. */
@Entity
@Table(name = "account_license_settings")
class LicenseUsageSettings {

    static final int ONLY_ROW = 1;

    @Id
    private int id;

    private BigDecimal firstValueThresholdPercent;

    @Version
    private @Nullable Long version;

    protected LicenseUsageSettings() {}

    BigDecimal firstValueThresholdPercent() {
        return firstValueThresholdPercent;
    }

    long version() {
        return version == null ? 0 : version;
    }

    /** Returns whether the threshold changed; an unchanged one keeps its version. */
    boolean changeThreshold(BigDecimal percent) {
        if (firstValueThresholdPercent.compareTo(percent) == 0) {
            return false;
        }
        this.firstValueThresholdPercent = percent;
        return true;
    }
}
