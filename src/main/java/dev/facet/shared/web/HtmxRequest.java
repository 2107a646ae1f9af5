package dev.facet.shared.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.function.Supplier;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Whether htmx sent the request (it sets the {@code HX-Request} header), as a controller parameter.
 * htmx swaps a fragment into the page in place; a browser without JavaScript posts the whole page and
 * is answered with a page, or after a change with a redirect that carries the message.
 */
public record HtmxRequest(boolean fromHtmx) {

    public static final String HEADER = "HX-Request";

    /** For code that holds the servlet request (filters, exception handlers, security handlers). */
    public static HtmxRequest of(HttpServletRequest request) {
        return new HtmxRequest(request.getHeader(HEADER) != null);
    }

    /** The fragment for htmx, the whole page otherwise. */
    public String view(String fragment, String page) {
        return fromHtmx ? fragment : page;
    }

    /**
     * After a change: htmx gets the refreshed fragment (which shows the message itself); a full-page
     * post is redirected to {@code pagePath} (post-redirect-get) with the message to show there.
     */
    public String afterChange(String message, String pagePath, RedirectAttributes redirect, Supplier<String> fragment) {
        if (fromHtmx) {
            return fragment.get();
        }
        redirect.addFlashAttribute("message", message);
        return "redirect:" + pagePath;
    }
}
