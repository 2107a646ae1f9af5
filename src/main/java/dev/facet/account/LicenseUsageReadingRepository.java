package dev.facet.account;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface LicenseUsageReadingRepository extends JpaRepository<LicenseUsageReading, UUID> {

    Optional<LicenseUsageReading> findByAccountIdAndReadingDateAndSource(
            UUID accountId, LocalDate readingDate, LicenseUsageSource source);

    @Query("select min(r.readingDate) from LicenseUsageReading r where r.accountId = :accountId"
            + " and r.source = dev.facet.account.LicenseUsageSource.CLOUD_LICENSE"
            + " and r.utilizationPercent >= :threshold")
    @Nullable
    LocalDate findEarliestQualifying(UUID accountId, BigDecimal threshold);

    /** Every account with cloud-license data and its earliest reading at or above the threshold (or null). */
    @Query("select new dev.facet.account.EarliestQualifyingReading(r.accountId,"
            + " min(case when r.utilizationPercent >= :threshold then r.readingDate end))"
            + " from LicenseUsageReading r where r.source = dev.facet.account.LicenseUsageSource.CLOUD_LICENSE"
            + " group by r.accountId")
    List<EarliestQualifyingReading> findEarliestQualifyingOfAll(BigDecimal threshold);

    boolean existsByAccountIdAndSource(UUID accountId, LicenseUsageSource source);

    Page<LicenseUsageReading> findByAccountIdOrderByReadingDateDescSourceAsc(UUID accountId, Pageable pageable);

    /** The newest readings, for the chart: a bounded list whatever the history holds. */
    List<LicenseUsageReading> findTop400ByAccountIdOrderByReadingDateDescSourceAsc(UUID accountId);
}
