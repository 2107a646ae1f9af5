package dev.facet.timeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.facet.shared.InvalidInputException;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AttendeesTests {

    @ParameterizedTest
    @CsvSource(delimiter = '|', useHeadersInDisplayName = true, textBlock = """
            typed                                      | expected
            Dana Lee, lee@acme.example                 | Dana Lee;lee@acme.example
            'Dana Lee;  lee@acme.example ; '           | Dana Lee;lee@acme.example
            'Dana\\nLee\\n\\nDana'                        | Dana;Lee
            'dana, DANA, Dana'                         | dana
            '  ,  ; '                                  | ''
            """)
    void parsesTrimsAndDropsRepeats(String typed, String expected) {
        List<String> result = Attendees.normalize(Attendees.parse(typed.replace("\\n", "\n")));
        assertThat(result).isEqualTo(expected.isEmpty() ? List.of() : List.of(expected.split(";")));
    }

    @Test
    void boundsTheListAndEachName() {
        assertThat(Attendees.normalize(Collections.nCopies(1, "x".repeat(200)))).hasSize(1);
        assertThatThrownBy(() -> Attendees.normalize(List.of("x".repeat(201))))
                .isInstanceOf(InvalidInputException.class)
                .extracting("field")
                .isEqualTo("attendees");
        List<String> fifty =
                java.util.stream.IntStream.range(0, 50).mapToObj(i -> "p" + i).toList();
        assertThat(Attendees.normalize(fifty)).hasSize(50);
        List<String> fiftyOne =
                java.util.stream.IntStream.range(0, 51).mapToObj(i -> "p" + i).toList();
        assertThatThrownBy(() -> Attendees.normalize(fiftyOne)).isInstanceOf(InvalidInputException.class);
    }
}
