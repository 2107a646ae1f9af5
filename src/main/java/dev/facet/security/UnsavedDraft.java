package dev.facet.security;

import dev.facet.shared.web.HtmxRequest;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.io.Serializable;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * What a person typed into a full-page form that reached us after their session had ended: kept in
 * the new session until they have signed in again and are back on the page of the form, where it is
 * put back into the form (and shown, for a browser without JavaScript).
 *
 * @param action the path the form posted to, which tells the page which form it belongs to
 * @param page the path of the page the form was on, where signing in brings the person back
 */
public record UnsavedDraft(String action, String page, List<Field> fields) implements Serializable {

    static final String SESSION_ATTRIBUTE = UnsavedDraft.class.getName();

    /** Drafts are text typed by a person, not uploads: anything bigger is not kept. */
    static final int MAX_CHARACTERS = 100_000;

    private static final Pattern BOOKKEEPING = Pattern.compile(
            "(?i:[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})|true|false|[A-Z][A-Z_]+");

    public record Field(String name, String value) implements Serializable {}

    public UnsavedDraft {
        fields = List.copyOf(fields);
    }

    /**
     * The draft waiting for this page, taken out of the session: it is shown once, on the full page
     * the form was on.
     */
    public static Optional<UnsavedDraft> takeFor(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        if (session == null
                || !"GET".equals(request.getMethod())
                || HtmxRequest.of(request).fromHtmx()
                || !(session.getAttribute(SESSION_ATTRIBUTE) instanceof UnsavedDraft draft)) {
            return Optional.empty();
        }
        String path = request.getRequestURI().substring(request.getContextPath().length());
        String here = request.getQueryString() == null ? path : path + "?" + request.getQueryString();
        if (!here.equals(draft.page())) {
            return Optional.empty();
        }
        session.removeAttribute(SESSION_ATTRIBUTE);
        return Optional.of(draft);
    }

    /** The values a person wrote, without the form's bookkeeping (ids, versions, flags, dates). */
    public List<Field> typed() {
        return fields.stream()
                .filter(f -> f.value().codePoints().anyMatch(Character::isLetter))
                .filter(f -> !BOOKKEEPING.matcher(f.value()).matches())
                .filter(f -> !f.name().toLowerCase(java.util.Locale.ROOT).endsWith("version"))
                .toList();
    }
}
