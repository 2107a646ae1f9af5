package dev.facet.shared.web;

import dev.facet.shared.web.IdempotentRequestStore.Claim;
import dev.facet.shared.web.IdempotentRequestStore.Fingerprint;
import dev.facet.shared.web.IdempotentRequestStore.StoredResponse;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code Idempotency-Key} on every POST, PUT and PATCH of the JSON API: the first request with a
 * key runs and its answer is kept for {@link IdempotentRequestStore#KEY_LIFETIME}; a repeat with the
 * same key, method, path and body gets that answer again (with {@code Idempotent-Replayed: true})
 * without running the handler. Keys belong to the authenticated caller, so this filter runs after
 * the security filter chain; requests without the header pass through untouched.
 */
class IdempotencyFilter extends OncePerRequestFilter {

    static final String KEY_HEADER = "Idempotency-Key";
    static final String REPLAYED_HEADER = "Idempotent-Replayed";

    private static final Logger log = LoggerFactory.getLogger(IdempotencyFilter.class);
    private static final Set<String> METHODS = Set.of("POST", "PUT", "PATCH");
    private static final int MAX_KEY_LENGTH = 255;

    private final IdempotentRequestStore store;
    private final JsonMapper json;

    IdempotencyFilter(IdempotentRequestStore store, JsonMapper json) {
        this.store = store;
        this.json = json;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !METHODS.contains(request.getMethod())
                || !pathOf(request).startsWith("/api/")
                || request.getHeader(KEY_HEADER) == null;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        List<String> keys = Collections.list(request.getHeaders(KEY_HEADER));
        if (keys.size() != 1 || !isValidKey(keys.getFirst())) {
            problem(
                    request,
                    response,
                    HttpStatus.BAD_REQUEST,
                    "urn:facet:problem:invalid-idempotency-key",
                    "Invalid Idempotency-Key",
                    "Header 'Idempotency-Key' must appear once, with 1 to 255 printable ASCII characters.");
            return;
        }
        String caller = caller();
        if (caller == null) {
            // Unreachable behind the API's security chain; without a caller there is no scope for keys.
            chain.doFilter(request, response);
            return;
        }
        String key = keys.getFirst();
        byte[] body = request.getInputStream().readAllBytes();
        Fingerprint fingerprint = new Fingerprint(request.getMethod(), target(request), sha256(body));

        switch (store.claim(caller, key, fingerprint)) {
            case Claim.Replay replay -> replay(replay.response(), response);
            case Claim.InProgress ignored ->
                problem(
                        request,
                        response,
                        HttpStatus.CONFLICT,
                        "urn:facet:problem:idempotency-key-in-progress",
                        "Request in progress",
                        "A request with this Idempotency-Key is still being processed; retry it later.");
            case Claim.UsedForAnotherRequest ignored ->
                problem(
                        request,
                        response,
                        HttpStatus.UNPROCESSABLE_CONTENT,
                        "urn:facet:problem:idempotency-key-reused",
                        "Idempotency-Key reused",
                        "This Idempotency-Key was already used for a different request (method, path or body);"
                                + " use a new key for a new request.");
            case Claim.Claimed ignored ->
                runAndKeep(new CachedBodyRequest(request, body), response, chain, caller, key);
        }
    }

    private void runAndKeep(
            HttpServletRequest request, HttpServletResponse response, FilterChain chain, String caller, String key)
            throws ServletException, IOException {
        ContentCachingResponseWrapper recorded = new ContentCachingResponseWrapper(response);
        try {
            chain.doFilter(request, recorded);
        } catch (ServletException | IOException | RuntimeException | Error e) {
            releaseQuietly(caller, key);
            throw e;
        }
        try {
            // 5xx answers are not kept: the failure was ours, so a retry with the same key runs again.
            // Nor are async answers (the API has none): they are not finished when the chain returns.
            if (recorded.getStatus() >= 500 || request.isAsyncStarted()) {
                store.release(caller, key);
            } else {
                store.complete(
                        caller,
                        key,
                        new StoredResponse(
                                recorded.getStatus(),
                                recorded.getContentType(),
                                recorded.getHeader(HttpHeaders.LOCATION),
                                recorded.getContentAsByteArray()));
            }
        } catch (RuntimeException e) {
            log.warn("Could not keep the answer to an idempotent API request; releasing its key", e);
            releaseQuietly(caller, key);
        }
        recorded.copyBodyToResponse();
    }

    private void releaseQuietly(String caller, String key) {
        try {
            store.release(caller, key);
        } catch (RuntimeException e) {
            log.warn("Could not release an idempotency key; it expires by itself", e);
        }
    }

    private static void replay(StoredResponse stored, HttpServletResponse response) throws IOException {
        response.setStatus(stored.status());
        if (stored.contentType() != null) {
            response.setContentType(stored.contentType());
        }
        if (stored.location() != null) {
            response.setHeader(HttpHeaders.LOCATION, stored.location());
        }
        response.setHeader(REPLAYED_HEADER, "true");
        response.setContentLength(stored.body().length);
        response.getOutputStream().write(stored.body());
    }

    /** The same shape as the API's other problem details, naming the header as the field. */
    private void problem(
            HttpServletRequest request,
            HttpServletResponse response,
            HttpStatus status,
            String type,
            String title,
            String detail)
            throws IOException {
        ProblemDetail problem = ApiProblemAdvice.problem(status, title, detail, KEY_HEADER);
        problem.setType(URI.create(type));
        problem.setInstance(URI.create(request.getRequestURI()));
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        json.writeValue(response.getOutputStream(), problem);
    }

    /** The API token's principal, such as {@code api-token:<id>}; null when nobody is signed in. */
    private static @Nullable String caller() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null
                || !authentication.isAuthenticated()
                || authentication instanceof AnonymousAuthenticationToken) {
            return null;
        }
        return authentication.getName();
    }

    static boolean isValidKey(String key) {
        return !key.isEmpty() && key.length() <= MAX_KEY_LENGTH && key.chars().allMatch(c -> c >= 0x20 && c <= 0x7e);
    }

    private static String pathOf(HttpServletRequest request) {
        return request.getRequestURI().substring(request.getContextPath().length());
    }

    /** Path and query: a repeat must address the same resource with the same parameters. */
    private static String target(HttpServletRequest request) {
        String query = request.getQueryString();
        return query == null ? pathOf(request) : pathOf(request) + "?" + query;
    }

    private static String sha256(byte[] body) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(body));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every JDK has SHA-256", e);
        }
    }

    /** The body was read to hash it; the handler reads it again from here. */
    private static final class CachedBodyRequest extends HttpServletRequestWrapper {

        private final byte[] body;

        CachedBodyRequest(HttpServletRequest request, byte[] body) {
            super(request);
            this.body = body;
        }

        @Override
        public ServletInputStream getInputStream() {
            ByteArrayInputStream in = new ByteArrayInputStream(body);
            return new ServletInputStream() {
                @Override
                public int read() {
                    return in.read();
                }

                @Override
                public int read(byte[] b, int off, int len) {
                    return in.read(b, off, len);
                }

                @Override
                public boolean isFinished() {
                    return in.available() == 0;
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setReadListener(ReadListener listener) {
                    throw new UnsupportedOperationException("Non-blocking reads are not supported");
                }
            };
        }

        @Override
        public BufferedReader getReader() {
            String encoding = getCharacterEncoding();
            Charset charset = encoding == null ? StandardCharsets.UTF_8 : Charset.forName(encoding);
            return new BufferedReader(new InputStreamReader(getInputStream(), charset));
        }

        @Override
        public int getContentLength() {
            return body.length;
        }

        @Override
        public long getContentLengthLong() {
            return body.length;
        }
    }
}
