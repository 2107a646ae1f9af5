package dev.facet.assignment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Ranking and spreading by load, with the loads worked out by hand. */
class SuggestionPolicyTests {

    static final UUID ANN = UUID.fromString("00000000-0000-0000-0000-00000000000a");
    static final UUID BOB = UUID.fromString("00000000-0000-0000-0000-00000000000b");
    static final UUID CID = UUID.fromString("00000000-0000-0000-0000-00000000000c");

    @ParameterizedTest
    @CsvSource(useHeadersInDisplayName = true, textBlock = """
            openOnboardings, weight, bookWeight, load
            0,               3,      0,          0
            2,               3,      0,          6
            2,               3,      7,          13
            1,               0,      7,          7
            """)
    void loadIsOnboardingsTimesTheirWeightPlusTheBookWeight(
            long openOnboardings, int weight, long bookWeight, long load) {
        assertThat(new TamLoad(ANN, "Ann", true, openOnboardings, weight, 3, bookWeight).load())
                .isEqualTo(load);
    }

    @Test
    void ownReportsComeFirstThenTheLightestLoadThenTheName() {
        TamLoad annTeam = new TamLoad(ANN, "Ann", true, 2, 3, 2, 6); // 2×3 + 6 = 12
        TamLoad bobTeam = new TamLoad(BOB, "Bob", true, 1, 3, 1, 1); // 1×3 + 1 = 4
        TamLoad cidOther = new TamLoad(CID, "Cid", false, 0, 3, 0, 0); // 0
        TamLoad aaaTeam = new TamLoad(UUID.randomUUID(), "Aaa", true, 0, 3, 4, 4); // 4, ties Bob, name first

        assertThat(SuggestionPolicy.rank(List.of(annTeam, cidOther, bobTeam, aaaTeam)))
                .extracting(TamLoad::name)
                .containsExactly("Aaa", "Bob", "Ann", "Cid");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(useHeadersInDisplayName = true, delimiter = ';', textBlock = """
            case;                                        candidates (name:team:load:ramping);          ranked
            a ramping report ranks after other TAMs;     Ann:true:0:true|Bob:true:9:false|Cid:false:9:false; Bob,Cid,Ann
            ramping TAMs among themselves by the rules;  Ann:true:5:true|Bob:true:1:true|Cid:false:0:false;  Cid,Bob,Ann
            nobody ramping keeps the usual order;        Ann:true:5:false|Bob:true:1:false|Cid:false:0:false; Bob,Ann,Cid
            """)
    void tamsStillRampingUpRankLast(String description, String candidates, String ranked) {
        List<TamLoad> loads = java.util.Arrays.stream(candidates.split("\\|"))
                .map(c -> c.split(":"))
                .map(c -> new TamLoad(
                        UUID.randomUUID(),
                        c[0],
                        Boolean.parseBoolean(c[1]),
                        0,
                        3,
                        0,
                        Long.parseLong(c[2]),
                        Boolean.parseBoolean(c[3])))
                .toList();
        assertThat(SuggestionPolicy.rank(loads)).extracting(TamLoad::name).containsExactly(ranked.split(","));
        // A spread picks a ramping TAM only when nobody else is left.
        assertThat(SuggestionPolicy.spread(List.of(new SuggestionPolicy.Placement<>("one", true, 1)), loads, Set.of()))
                .containsValue(SuggestionPolicy.rank(loads).getFirst().tamId());
    }

    @Test
    void aBatchSpreadsCountingWhatEachChoiceAdds() {
        // Ann 0×3 + 0 = 0, Bob 1×3 + 2 = 5; both on the team. Cid is lighter still but not on the team.
        List<TamLoad> tams = List.of(
                new TamLoad(ANN, "Ann", true, 0, 3, 0, 0),
                new TamLoad(BOB, "Bob", true, 1, 3, 2, 2),
                new TamLoad(CID, "Cid", false, 0, 3, 0, 0));
        // Each queue item opens an onboarding (3) and adds its gemstone weight.
        List<SuggestionPolicy.Placement<String>> items = List.of(
                new SuggestionPolicy.Placement<>("diamond", true, 5), // Ann 0 -> 8
                new SuggestionPolicy.Placement<>("quartz", true, 1), // Bob 5 -> 9
                new SuggestionPolicy.Placement<>("ruby", true, 2)); // Ann 8 -> 13 (Bob has 9)

        Map<String, UUID> chosen = SuggestionPolicy.spread(items, tams, Set.of());

        assertThat(chosen).containsExactly(Map.entry("diamond", ANN), Map.entry("quartz", BOB), Map.entry("ruby", ANN));
    }

    @Test
    void aSpreadNeverPicksAnExcludedTamAndStopsWhenNoneIsLeft() {
        List<TamLoad> tams = List.of(new TamLoad(ANN, "Ann", true, 0, 3, 0, 0));
        var items = List.of(new SuggestionPolicy.Placement<>("a", false, 1));

        assertThat(SuggestionPolicy.spread(items, tams, Set.of(ANN))).isEmpty();
        assertThat(SuggestionPolicy.spread(
                        items, List.of(tams.getFirst(), new TamLoad(BOB, "Bob", false, 9, 3, 9, 9)), Set.of(ANN)))
                .containsExactly(Map.entry("a", BOB));
    }
}
