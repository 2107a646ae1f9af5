package dev.facet.assignment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.springframework.data.domain.Page;

/** A large team's queue page offers each row a few TAMs and lists everyone once. */
class QueuePageTests {

    private final List<TamLoad> ranked = IntStream.range(0, 300)
            .mapToObj(i -> new TamLoad(new UUID(0, i), "TAM " + i, i < 30, i, 3, i, i))
            .toList();

    @Test
    void aRowOffersTheFirstTenRankedAndItsOwnSuggestion() {
        UUID lightItem = UUID.randomUUID();
        UUID heavyItem = UUID.randomUUID();
        UUID farDown = ranked.get(250).tamId();
        var page = new QueuePage(
                Page.empty(), ranked, Map.of(lightItem, ranked.get(2).tamId(), heavyItem, farDown));

        assertThat(page.choicesFor(lightItem)).containsExactlyElementsOf(ranked.subList(0, 10));
        assertThat(page.choicesFor(heavyItem))
                .hasSize(11)
                .startsWith(ranked.subList(0, 10).toArray(TamLoad[]::new))
                .endsWith(ranked.get(250));
        assertThat(page.choicesFor(UUID.randomUUID())).hasSize(QueuePage.ROW_CHOICES);
    }

    @Test
    void theLoadTableShowsTheFirstTwentyAndSaysHowManyMore() {
        var page = new QueuePage(Page.empty(), ranked, Map.of());
        assertThat(page.ranking()).containsExactlyElementsOf(ranked.subList(0, 20));
        assertThat(page.unrankedCount()).isEqualTo(280);

        var small = new QueuePage(Page.empty(), ranked.subList(0, 5), Map.of());
        assertThat(small.ranking()).hasSize(5);
        assertThat(small.unrankedCount()).isZero();
    }
}
