package dev.facet.gemstone;

import static org.assertj.core.api.Assertions.assertThat;

import dev.facet.account.Gemstone;
import dev.facet.account.ProductTier;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** DOMAIN 2, one row on each side of every threshold; "greater than" is strict. */
class GemstoneClassifierTests {

    private final GemstoneClassifier classifier = new GemstoneClassifier(GemstoneThresholds.handbook());

    @ParameterizedTest(name = "{0} seats, {1}, TAV {2} -> {3}")
    @CsvSource(useHeadersInDisplayName = true, textBlock = """
            seats, tier,     tav,       expected
            # Diamond: seats > 5000
            5001,  FREE,     0,         DIAMOND
            5000,  FREE,     0,         PEARL
            # Diamond: seats > 2000 on Ultimate/Gold
            2001,  ULTIMATE, 0,         DIAMOND
            2001,  GOLD,     0,         DIAMOND
            2000,  ULTIMATE, 0,         PEARL
            2001,  PREMIUM,  0,         SAPPHIRE
            # Diamond: TAV > 500,000
            0,     FREE,     500001,    DIAMOND
            0,     FREE,     500000.01, DIAMOND
            0,     FREE,     500000,    PEARL
            # Pearl: seats > 2500
            2501,  FREE,     0,         PEARL
            2500,  FREE,     0,         SAPPHIRE
            # Pearl: seats > 1000 on Ultimate/Gold
            1001,  ULTIMATE, 0,         PEARL
            1001,  GOLD,     0,         PEARL
            1000,  ULTIMATE, 0,         RUBY
            1001,  SILVER,   0,         SAPPHIRE
            # Pearl: TAV > 250,000
            0,     FREE,     250001,    PEARL
            0,     FREE,     250000,    RUBY
            # Sapphire: seats > 1000
            1001,  FREE,     0,         SAPPHIRE
            1000,  FREE,     0,         RUBY
            # Sapphire: Ultimate/Premium/Gold/Silver and TAV > 100,000
            0,     PREMIUM,  100001,    SAPPHIRE
            0,     SILVER,   100001,    SAPPHIRE
            0,     ULTIMATE, 100001,    SAPPHIRE
            0,     GOLD,     100001,    SAPPHIRE
            0,     PREMIUM,  100000,    RUBY
            0,     STARTER,  100001,    RUBY
            0,     BRONZE,   100001,    RUBY
            0,     FREE,     100001,    RUBY
            # Ruby: seats > 500
            501,   FREE,     0,         RUBY
            500,   FREE,     0,         QUARTZ
            # Ruby: TAV > 50,000
            0,     FREE,     50001,     RUBY
            0,     FREE,     50000,     QUARTZ
            # Quartz: everything else
            0,     FREE,     0,         QUARTZ
            """)
    void classifies(long seats, ProductTier tier, BigDecimal tav, Gemstone expected) {
        assertThat(classifier.classify(new GemstoneFacts(seats, tier, tav)).gemstone())
                .isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} seats, {1}, TAV {2}: {3}")
    @CsvSource(delimiter = '|', textBlock = """
            2345 | ULTIMATE | 0      | seats 2,345 > 2,000 on Ultimate
            6000 | FREE     | 0      | seats 6,000 > 5,000
            10   | FREE     | 612000 | TAV $612,000 > $500,000
            10   | PREMIUM  | 150000 | TAV $150,000 > $100,000 on Premium
            10   | FREE     | 100    | no threshold met: seats 10 <= 500 and TAV $100 <= $50,000
            """)
    void explainsTheClauseThatMatched(long seats, ProductTier tier, BigDecimal tav, String because) {
        assertThat(classifier.classify(new GemstoneFacts(seats, tier, tav)).because())
                .isEqualTo(because);
    }

    @Test
    void usesTheThresholdsItIsGiven() {
        var lowered = new GemstoneThresholds(
                100, 50, BigDecimal.TEN, 40, 30, BigDecimal.ONE, 20, BigDecimal.ONE, 10, BigDecimal.ONE);
        assertThat(new GemstoneClassifier(lowered)
                        .classify(new GemstoneFacts(101, ProductTier.FREE, BigDecimal.ZERO))
                        .gemstone())
                .isEqualTo(Gemstone.DIAMOND);
    }
}
