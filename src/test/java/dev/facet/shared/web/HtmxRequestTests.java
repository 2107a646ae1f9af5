package dev.facet.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.servlet.mvc.support.RedirectAttributesModelMap;

/** htmx gets the fragment in place; a browser without JavaScript the page, or a redirect with the message. */
class HtmxRequestTests {

    @Test
    void readsTheHeaderHtmxSends() {
        var request = new MockHttpServletRequest();
        assertThat(HtmxRequest.of(request).fromHtmx()).isFalse();
        request.addHeader("HX-Request", "true");
        assertThat(HtmxRequest.of(request).fromHtmx()).isTrue();
    }

    @Test
    void choosesTheFragmentOrThePage() {
        assertThat(new HtmxRequest(true).view("panel :: part", "page")).isEqualTo("panel :: part");
        assertThat(new HtmxRequest(false).view("panel :: part", "page")).isEqualTo("page");
    }

    @Test
    void afterAChangeRedirectsAFullPagePostWithItsMessageAndAnswersHtmxWithTheFragment() {
        var redirect = new RedirectAttributesModelMap();
        assertThat(new HtmxRequest(false).afterChange("saved", "/accounts/1", redirect, () -> "fragment"))
                .isEqualTo("redirect:/accounts/1");
        assertThat(redirect.getFlashAttributes().get("message")).isEqualTo("saved");

        var untouched = new RedirectAttributesModelMap();
        assertThat(new HtmxRequest(true).afterChange("saved", "/accounts/1", untouched, () -> "fragment"))
                .isEqualTo("fragment");
        assertThat(untouched.getFlashAttributes()).isEmpty();
    }
}
