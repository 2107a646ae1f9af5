package dev.facet.support;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.client.EntityExchangeResult;
import org.springframework.test.web.servlet.client.RestTestClient;

/**
 * Signs in through the real login form of the running server and keeps the session cookie, for
 * tests that need what MockMvc does not do (such as rendering the error pages).
 */
public final class BrowserSession {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
    private static final Pattern SESSION = Pattern.compile("JSESSIONID=([^;]+)");

    private final RestTestClient http;
    private final String session;

    private BrowserSession(RestTestClient http, String session) {
        this.http = http;
        this.session = session;
    }

    public static BrowserSession signIn(RestTestClient http, String username, String password) {
        EntityExchangeResult<String> loginPage =
                http.get().uri("/login").exchange().expectBody(String.class).returnResult();
        String anonymousSession = cookie(loginPage.getResponseHeaders());
        Matcher csrf = CSRF.matcher(String.valueOf(loginPage.getResponseBody()));
        if (!csrf.find()) {
            throw new IllegalStateException("login page without CSRF token");
        }
        EntityExchangeResult<Void> login = http.post()
                .uri("/login")
                .header(HttpHeaders.COOKIE, "JSESSIONID=" + anonymousSession)
                .contentType(MediaType.APPLICATION_FORM_URLENCODED)
                .body("username=" + username + "&password=" + password + "&_csrf=" + csrf.group(1))
                .exchange()
                .expectStatus()
                .isFound()
                .expectBody()
                .isEmpty();
        return new BrowserSession(http, cookie(login.getResponseHeaders()));
    }

    public EntityExchangeResult<String> get(String path) {
        return http.get()
                .uri(path)
                .header(HttpHeaders.COOKIE, "JSESSIONID=" + session)
                .accept(MediaType.TEXT_HTML)
                .exchange()
                .expectBody(String.class)
                .returnResult();
    }

    private static String cookie(HttpHeaders headers) {
        for (String value : headers.getOrEmpty(HttpHeaders.SET_COOKIE)) {
            Matcher matcher = SESSION.matcher(value);
            if (matcher.find()) {
                return matcher.group(1);
            }
        }
        throw new IllegalStateException("no session cookie");
    }
}
