package dev.facet.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** DOMAIN 7: cloud-license data sets the First Value Date; by hand only without it. */
class FirstValuePolicyTests {

    private static final UUID TAM = UUID.randomUUID();

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(useHeadersInDisplayName = true, nullValues = "-", textBlock = """
            case,                                         currentDate, currentSource, earliest,   date,       source
            first qualifying reading sets it,             -,           -,             2026-03-10, 2026-03-10, CLOUD_LICENSE
            a later qualifying reading changes nothing,   2026-03-10,  CLOUD_LICENSE, 2026-03-10, 2026-03-10, CLOUD_LICENSE
            a late earlier reading moves it earlier,      2026-03-10,  CLOUD_LICENSE, 2026-03-02, 2026-03-02, CLOUD_LICENSE
            cloud data replaces a date entered by hand,   2026-03-20,  MANUAL,        2026-03-02, 2026-03-02, CLOUD_LICENSE
            no qualifying reading keeps a manual date,    2026-03-20,  MANUAL,        -,          2026-03-20, MANUAL
            a corrected reading below it clears its date, 2026-03-10,  CLOUD_LICENSE, -,          -,          -
            nothing qualifies and nothing was set,        -,           -,             -,          -,          -
            """)
    void afterCloudReadings(
            String description,
            @Nullable LocalDate currentDate,
            @Nullable FirstValueSource currentSource,
            @Nullable LocalDate earliest,
            @Nullable LocalDate date,
            @Nullable FirstValueSource source) {
        var current = new FirstValue(currentDate, currentSource, currentSource == FirstValueSource.MANUAL ? TAM : null);
        FirstValue after = FirstValuePolicy.afterCloudReadings(current, earliest);
        assertThat(after.date()).isEqualTo(date);
        assertThat(after.source()).isEqualTo(source);
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(useHeadersInDisplayName = true, nullValues = "-", textBlock = """
            case,                              date,       contract,   today,      cloudData, rejection
            between contract and today,        2026-03-10, 2026-03-01, 2026-04-01, false,     -
            on the contract day,               2026-03-01, 2026-03-01, 2026-04-01, false,     -
            today,                             2026-04-01, 2026-03-01, 2026-04-01, false,     -
            tomorrow,                          2026-04-02, 2026-03-01, 2026-04-01, false,     account.firstValue.future
            the day before the contract,       2026-02-28, 2026-03-01, 2026-04-01, false,     account.firstValue.beforeContract
            an account with cloud data,        2026-03-10, 2026-03-01, 2026-04-01, true,      account.firstValue.cloudData
            """)
    void manualEntry(
            String description,
            LocalDate date,
            LocalDate contract,
            LocalDate today,
            boolean cloudData,
            @Nullable String rejection) {
        assertThat(FirstValuePolicy.checkManualEntry(date, contract, today, cloudData)
                        .map(FirstValuePolicy.Rejection::code))
                .isEqualTo(java.util.Optional.ofNullable(rejection));
    }
}
