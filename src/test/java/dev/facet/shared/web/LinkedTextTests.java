package dev.facet.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Descriptions become text and link segments; only http(s) addresses are links. */
class LinkedTextTests {

    @Test
    void splitsTextAroundWebAddresses() {
        assertThat(LinkedText.split("See https://a.example/x#y. Then http://b.example, and done"))
                .containsExactly(
                        new TextSegment("See ", null),
                        new TextSegment("https://a.example/x#y", "https://a.example/x#y"),
                        new TextSegment(". Then ", null),
                        new TextSegment("http://b.example", "http://b.example"),
                        new TextSegment(", and done", null));
    }

    @Test
    void leavesOtherSchemesAndPlainTextAlone() {
        assertThat(LinkedText.split("javascript:alert(1) <b>x</b>"))
                .containsExactly(new TextSegment("javascript:alert(1) <b>x</b>", null));
        assertThat(LinkedText.split("")).isEmpty();
        assertThat(LinkedText.split("(https://a.example/p)"))
                .containsExactly(
                        new TextSegment("(", null),
                        new TextSegment("https://a.example/p", "https://a.example/p"),
                        new TextSegment(")", null));
    }
}
