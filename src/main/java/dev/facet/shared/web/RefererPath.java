package dev.facet.shared.web;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import org.jspecify.annotations.Nullable;

/** The page a request came from, as a path of ours, so "go back" links never lead off the site. */
public final class RefererPath {

    private RefererPath() {}

    /** The path (with its query) of the page named by the {@code Referer} header, or null when it is not ours. */
    public static @Nullable String of(HttpServletRequest request) {
        String referer = request.getHeader("Referer");
        if (referer == null) {
            return null;
        }
        try {
            URI uri = URI.create(referer);
            String path = uri.getRawPath();
            String context = request.getContextPath();
            if (!request.getServerName().equalsIgnoreCase(uri.getHost())
                    || request.getServerPort() != port(uri)
                    || path == null
                    || !path.startsWith(context + "/")
                    // "//host/…" or a backslash would lead a redirect or a link off the site.
                    || path.startsWith(context + "//")
                    || path.contains("\\")) {
                return null;
            }
            String local = path.substring(context.length());
            return uri.getRawQuery() == null ? local : local + "?" + uri.getRawQuery();
        } catch (IllegalArgumentException notAnAddress) {
            return null;
        }
    }

    private static int port(URI uri) {
        if (uri.getPort() != -1) {
            return uri.getPort();
        }
        return "https".equalsIgnoreCase(uri.getScheme()) ? 443 : 80;
    }
}
