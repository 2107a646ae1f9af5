package dev.facet.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;

class PageViewTests {

    @ParameterizedTest(name = "page {0} of {1}: {2}")
    @CsvSource(delimiter = '|', textBlock = """
            0    | 1    | 0
            0    | 2    | 0,1
            0    | 4000 | 0,1,2,3999
            50   | 4000 | 0,48,49,50,51,52,3999
            3999 | 4000 | 0,3997,3998,3999
            """)
    void showsABoundedWindowOfPages(int current, int pages, String expected) {
        var page = new PageImpl<>(List.of("row"), PageRequest.of(current, 25), pages * 25L);
        assertThat(PageView.of(page).window()).extracting(String::valueOf).containsExactly(expected.split(","));
    }
}
