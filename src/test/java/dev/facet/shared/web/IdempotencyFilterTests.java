package dev.facet.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.facet.support.ApplicationTest;
import dev.facet.support.TestData;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import tools.jackson.databind.json.JsonMapper;

/**
 * The filter against the real table, around a handler that counts its runs: what the account API
 * cannot show (POST, a {@code Location} header, a 5xx, a handler that reads the body).
 */
@ApplicationTest
class IdempotencyFilterTests {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Clock clock;

    @Autowired
    JsonMapper json;

    IdempotencyFilter filter;
    AtomicInteger runs = new AtomicInteger();
    int nextStatus = 201;

    @BeforeEach
    void setUp() {
        filter = new IdempotencyFilter(new IdempotentRequestStore(jdbc, clock), json);
        SecurityContextHolder.getContext()
                .setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                        TestData.unique("api-token:caller"), null, List.of()));
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void replaysStatusContentTypeLocationAndBodyOfAPost() throws Exception {
        String key = TestData.unique("key");
        MockHttpServletResponse first = post(key, "{\"name\": \"x\"}");
        MockHttpServletResponse repeat = post(key, "{\"name\": \"x\"}");

        assertThat(runs).hasValue(1);
        assertThat(first.getStatus()).isEqualTo(201);
        assertThat(first.getContentAsString()).isEqualTo("{\"echo\": {\"name\": \"x\"}}");
        assertThat(repeat.getStatus()).isEqualTo(201);
        assertThat(repeat.getContentType()).isEqualTo(first.getContentType());
        assertThat(repeat.getHeader(HttpHeaders.LOCATION)).isEqualTo("/api/v1/things/1");
        assertThat(repeat.getContentAsString()).isEqualTo(first.getContentAsString());
        assertThat(repeat.getHeader(IdempotencyFilter.REPLAYED_HEADER)).isEqualTo("true");
    }

    @Test
    void aServerErrorIsNotKeptSoARetryRunsAgain() throws Exception {
        String key = TestData.unique("key");
        nextStatus = 503;
        assertThat(post(key, "{}").getStatus()).isEqualTo(503);
        nextStatus = 201;
        MockHttpServletResponse retry = post(key, "{}");

        assertThat(runs).hasValue(2);
        assertThat(retry.getStatus()).isEqualTo(201);
        assertThat(retry.getHeader(IdempotencyFilter.REPLAYED_HEADER)).isNull();
    }

    @Test
    void aClientErrorIsKeptLikeAnyAnswer() throws Exception {
        String key = TestData.unique("key");
        nextStatus = 422;
        post(key, "{}");
        nextStatus = 201;
        MockHttpServletResponse repeat = post(key, "{}");

        assertThat(runs).hasValue(1);
        assertThat(repeat.getStatus()).isEqualTo(422);
        assertThat(repeat.getHeader(IdempotencyFilter.REPLAYED_HEADER)).isEqualTo("true");
    }

    @Test
    void aKeyStillInProgressAnswers409() throws Exception {
        String key = TestData.unique("key");
        MockHttpServletResponse[] inner = new MockHttpServletResponse[1];
        MockHttpServletRequest request = request("POST", key, "{}");
        filter.doFilter(request, new MockHttpServletResponse(), (req, res) -> {
            // while the first request runs, its repeat arrives
            inner[0] = post(key, "{}");
            ((HttpServletResponse) res).setStatus(200);
        });

        assertThat(inner[0].getStatus()).isEqualTo(409);
        assertThat(inner[0].getContentType()).isEqualTo("application/problem+json");
        assertThat(inner[0].getContentAsString()).contains("still being processed");
        assertThat(runs).hasValue(0);
    }

    @Test
    void leavesOtherMethodsAndPathsAlone() throws Exception {
        String key = TestData.unique("key");
        for (MockHttpServletRequest request :
                List.of(request("GET", key, ""), request("DELETE", key, ""), pageRequest(key))) {
            filter.doFilter(request, new MockHttpServletResponse(), counting());
            filter.doFilter(request, new MockHttpServletResponse(), counting());
        }
        assertThat(runs).hasValue(6);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            a UUID                 | 0b7c2c1e-6a7f-4a8e-9a43-2f1d2b1c9e10 | true
            printable punctuation  | 'order #42: retry (1/3)!'            | true
            a tab                  | 'tab\there'                          | false
            non-ASCII              | naïve                                | false
            DEL                    | 'del\u007F'                          | false
            """)
    void acceptsPrintableAsciiKeysOnly(String label, String key, boolean valid) {
        assertThat(IdempotencyFilter.isValidKey(key)).isEqualTo(valid);
        assertThat(IdempotencyFilter.isValidKey("")).isFalse();
        assertThat(IdempotencyFilter.isValidKey("k".repeat(255))).isTrue();
        assertThat(IdempotencyFilter.isValidKey("k".repeat(256))).isFalse();
    }

    private MockHttpServletResponse post(String key, String body) throws IOException, ServletException {
        MockHttpServletResponse response = new MockHttpServletResponse();
        filter.doFilter(request("POST", key, body), response, counting());
        return response;
    }

    private MockFilterChain counting() {
        return new MockFilterChain(new jakarta.servlet.http.HttpServlet() {
            @Override
            protected void service(jakarta.servlet.http.HttpServletRequest request, HttpServletResponse response)
                    throws java.io.IOException {
                runs.incrementAndGet();
                String body = new String(request.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
                response.setStatus(nextStatus);
                response.setHeader(HttpHeaders.LOCATION, "/api/v1/things/1");
                response.setContentType("application/json");
                response.getWriter().write("{\"echo\": " + body + "}");
            }
        });
    }

    private static MockHttpServletRequest request(String method, String key, String body) {
        MockHttpServletRequest request = new MockHttpServletRequest(method, "/api/v1/things");
        request.addHeader(IdempotencyFilter.KEY_HEADER, key);
        request.setContentType("application/json");
        request.setContent(body.getBytes(StandardCharsets.UTF_8));
        return request;
    }

    private static MockHttpServletRequest pageRequest(String key) {
        MockHttpServletRequest request = request("POST", key, "name=x");
        request.setRequestURI("/accounts");
        return request;
    }
}
