package dev.facet.cta;

import static org.assertj.core.api.Assertions.assertThat;

import dev.facet.account.Gemstone;
import dev.facet.account.OpportunityStage;
import dev.facet.account.OpportunityType;
import dev.facet.account.Segment;
import dev.facet.cta.rules.OnboardingTriggers;
import dev.facet.cta.rules.OnboardingTriggers.AccountFacts;
import dev.facet.cta.rules.OnboardingTriggers.OpportunityFacts;
import dev.facet.cta.rules.RuleFiring;
import dev.facet.cta.rules.RuleSettings;
import dev.facet.cta.rules.TriggerRule;
import java.math.BigDecimal;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class OnboardingTriggersTests {

    static final RuleSettings ARR = new RuleSettings(
            TriggerRule.TAM_QUALIFYING_ARR, 3, true, new BigDecimal("50000"), new BigDecimal("20000"), null, null);
    static final RuleSettings STAGE_FIVE = new RuleSettings(TriggerRule.STAGE_FIVE, 1, true, null, null, null, null);
    static final RuleSettings GEMSTONE =
            new RuleSettings(TriggerRule.GEMSTONE, 2, true, null, null, null, Gemstone.RUBY);
    static final RuleSettings PILOT = new RuleSettings(TriggerRule.ONBOARDING_PILOT, 1, true, null, null, null, null);

    @ParameterizedTest
    @CsvSource(useHeadersInDisplayName = true, nullValues = "-", textBlock = """
            segment,    pubsec, previous, arr,      fires
            ENTERPRISE, false,  -,        50000,    true
            ENTERPRISE, false,  -,        49999.99, false
            ENTERPRISE, false,  40000,    62000,    true
            ENTERPRISE, false,  62000,    62000,    false
            ENTERPRISE, false,  70000,    62000,    false
            ENTERPRISE, false,  60000,    62000,    true
            MID_MARKET, false,  -,        20000,    true
            MID_MARKET, false,  -,        19999,    false
            MID_MARKET, true,   -,        20000,    false
            MID_MARKET, true,   -,        50000,    true
            SMB,        false,  -,        900000,   false
            SMB,        true,   -,        50000,    true
            """)
    void tamQualifyingArr(
            Segment segment, boolean pubsec, @Nullable BigDecimal previous, BigDecimal arr, boolean fires) {
        Optional<RuleFiring> firing =
                OnboardingTriggers.tamQualifyingArr(ARR, new AccountFacts(segment, pubsec, arr), previous);
        assertThat(firing.isPresent()).isEqualTo(fires);
        firing.ifPresent(f -> {
            assertThat(f.rule()).isEqualTo(TriggerRule.TAM_QUALIFYING_ARR);
            assertThat(f.version()).isEqualTo(3);
        });
    }

    @Test
    void explainsWithTheInputs() {
        RuleFiring firing = OnboardingTriggers.tamQualifyingArr(
                        ARR, new AccountFacts(Segment.ENTERPRISE, false, new BigDecimal("62000")), null)
                .orElseThrow();
        assertThat(firing.inputs()).isEqualTo("ARR $62,000 (new account) >= ENTERPRISE threshold $50,000");
        assertThat(firing.and("TAM empty").inputs()).endsWith("; TAM empty");
    }

    @Test
    void aSwitchedOffRuleNeverFires() {
        var off = new RuleSettings(
                TriggerRule.TAM_QUALIFYING_ARR, 4, false, BigDecimal.ONE, BigDecimal.ONE, BigDecimal.ONE, null);
        assertThat(OnboardingTriggers.tamQualifyingArr(
                        off, new AccountFacts(Segment.ENTERPRISE, false, new BigDecimal("999999")), null))
                .isEmpty();
        var pilotOff = new RuleSettings(TriggerRule.ONBOARDING_PILOT, 2, false, null, null, null, null);
        assertThat(OnboardingTriggers.onboardingPilot(pilotOff, new AccountFacts(Segment.SMB, false, BigDecimal.ZERO)))
                .isEmpty();
    }

    @ParameterizedTest
    @CsvSource(useHeadersInDisplayName = true, nullValues = "-", textBlock = """
            segment,    arr,   type,         previous,             stage,                amount, fires
            ENTERPRISE, 30000, ADD_ON,       PROPOSAL,             NEGOTIATING,          20000,  true
            ENTERPRISE, 30000, ADD_ON,       PROPOSAL,             NEGOTIATING,          19999,  false
            ENTERPRISE, 30000, NEW_BUSINESS, -,                    AWAITING_SIGNATURE,   20000,  true
            ENTERPRISE, 30000, RENEWAL,      PROPOSAL,             NEGOTIATING,          90000,  false
            ENTERPRISE, 60000, RENEWAL,      PROPOSAL,             NEGOTIATING,          0,      true
            ENTERPRISE, 30000, ADD_ON,       PROPOSAL,             PROPOSAL,             90000,  false
            ENTERPRISE, 30000, ADD_ON,       NEGOTIATING,          CLOSING,              90000,  false
            ENTERPRISE, 30000, ADD_ON,       NEGOTIATING,          CLOSED_WON,           90000,  false
            ENTERPRISE, 30000, ADD_ON,       CLOSED_LOST,          NEGOTIATING,          90000,  true
            MID_MARKET, 5000,  NEW_BUSINESS, DISCOVERY,            NEGOTIATING,          15000,  true
            SMB,        5000,  NEW_BUSINESS, DISCOVERY,            NEGOTIATING,          900000, false
            """)
    void stageFive(
            Segment segment,
            BigDecimal arr,
            OpportunityType type,
            @Nullable OpportunityStage previous,
            OpportunityStage stage,
            BigDecimal amount,
            boolean fires) {
        var opportunity = new OpportunityFacts("OPP-1", type, previous, stage, amount);
        Optional<RuleFiring> firing =
                OnboardingTriggers.stageFive(STAGE_FIVE, ARR, new AccountFacts(segment, false, arr), opportunity);
        assertThat(firing.isPresent()).isEqualTo(fires);
    }

    @Test
    void stageFiveExplainsTheArrOnceClosed() {
        var opportunity = new OpportunityFacts(
                "OPP-7",
                OpportunityType.ADD_ON,
                OpportunityStage.PROPOSAL,
                OpportunityStage.NEGOTIATING,
                new BigDecimal("25000"));
        RuleFiring firing = OnboardingTriggers.stageFive(
                        STAGE_FIVE,
                        ARR,
                        new AccountFacts(Segment.ENTERPRISE, false, new BigDecimal("30000")),
                        opportunity)
                .orElseThrow();
        assertThat(firing.inputs())
                .isEqualTo("Opportunity OPP-7 (ADD_ON) reached 5-Negotiating; ARR once closed $30,000 + $25,000"
                        + " = $55,000 >= ENTERPRISE threshold $50,000 (ARR rule v3)");
    }

    @ParameterizedTest
    @CsvSource(useHeadersInDisplayName = true, nullValues = "-", textBlock = """
            previous, current,  accountChanged, fires
            -,        RUBY,     true,           true
            -,        QUARTZ,   true,           false
            QUARTZ,   RUBY,     true,           true
            QUARTZ,   DIAMOND,  true,           true
            SAPPHIRE, PEARL,    true,           true
            PEARL,    SAPPHIRE, true,           false
            QUARTZ,   RUBY,     false,          false
            """)
    void gemstone(@Nullable Gemstone previous, Gemstone current, boolean accountChanged, boolean fires) {
        assertThat(OnboardingTriggers.gemstone(GEMSTONE, previous, current, accountChanged)
                        .isPresent())
                .isEqualTo(fires);
    }

    @Test
    void pilotFiresForAnySegment() {
        for (Segment segment : Segment.values()) {
            assertThat(OnboardingTriggers.onboardingPilot(PILOT, new AccountFacts(segment, false, BigDecimal.ZERO)))
                    .isPresent();
        }
    }
}
