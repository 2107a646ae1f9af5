package dev.facet.shared.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import dev.facet.account.AccountManagement;
import dev.facet.account.DeploymentType;
import dev.facet.account.ProductTier;
import dev.facet.account.Region;
import dev.facet.account.Segment;
import dev.facet.cta.CtaReason;
import dev.facet.cta.CtaStatus;
import dev.facet.cta.CtaType;
import dev.facet.security.Role;
import dev.facet.security.SignedIn;
import dev.facet.security.UserManagement;
import dev.facet.security.UserView;
import dev.facet.support.Accounts;
import dev.facet.support.ApplicationTest;
import dev.facet.support.TestData;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Every word a person reads on the main forms, sent bad input, is Facet's own: no default Bean
 * Validation or conversion message, no enum constant as the program spells it.
 */
@ApplicationTest
class FormWordsTests {

    /** Hibernate Validator's and Spring's defaults, as they would read in English. */
    private static final List<String> DEFAULT_MESSAGES = List.of(
            "must not be null",
            "must not be blank",
            "must not be empty",
            "numeric value out of bounds",
            "must be greater than",
            "must be less than",
            "size must be between",
            "must be a well-formed email",
            "must match \"",
            "Failed to convert",
            "{0}",
            "??");

    /** Constants of the enums the forms offer, which must always be shown through messages.properties. */
    private static final Pattern RAW_ENUM = Pattern.compile("\\b("
            + Stream.of(
                            Segment.values(),
                            Region.values(),
                            DeploymentType.values(),
                            ProductTier.values(),
                            CtaType.values(),
                            CtaStatus.values(),
                            CtaReason.values())
                    .flatMap(Stream::of)
                    .map(Enum::name)
                    .filter(name -> name.contains("_") || name.length() > 4)
                    .collect(Collectors.joining("|"))
            + ")\\b");

    @Autowired
    MockMvc mvc;

    @Autowired
    UserManagement users;

    @Autowired
    AccountManagement accounts;

    @Test
    void theMainFormsSpeakPlainWordsWhenTheInputIsBad() throws Exception {
        UserView manager = TestData.user(users, Role.MANAGER);
        UserView admin = TestData.user(users, Role.ADMIN);
        UUID accountId = account(manager);
        List<String> problems = new ArrayList<>();

        check(
                problems,
                "new account",
                post("/accounts")
                        .param("seats", "lots")
                        .param("arr", "123456789012345.678")
                        .with(SignedIn.as(manager)));
        check(problems, "new account, empty", post("/accounts").with(SignedIn.as(manager)));
        check(problems, "account form", get("/accounts/new").with(SignedIn.as(manager)));
        check(problems, "account list", get("/accounts").with(SignedIn.as(manager)));
        check(
                problems,
                "C360",
                post("/accounts/" + accountId + "/c360")
                        .param("sentiment", "PURPLE")
                        .with(SignedIn.as(manager)));
        check(
                problems,
                "new CTA",
                post("/accounts/" + accountId + "/ctas")
                        .param("startDate", "not-a-date")
                        .with(SignedIn.as(manager)));
        check(
                problems,
                "new CTA form",
                get("/accounts/" + accountId + "/ctas/new").with(SignedIn.as(manager)));
        check(
                problems,
                "timeline",
                post("/accounts/" + accountId + "/timeline")
                        .param("date", "someday")
                        .with(SignedIn.as(manager)));
        check(
                problems,
                "new user",
                post("/admin/users").param("email", "not an address").with(SignedIn.as(admin)));
        check(
                problems,
                "routing",
                post("/admin/cta-routing")
                        .param("assignTamDueDays", "-3")
                        .param("riskDueDays", "x")
                        .with(SignedIn.as(admin)));
        check(problems, "rules", get("/admin/cta-rules").with(SignedIn.as(admin)));
        check(
                problems,
                "goals",
                post("/admin/metric-goals").param("timeToEngage", "-1").with(SignedIn.as(admin)));
        check(problems, "thresholds", post("/admin/gemstone-thresholds").with(SignedIn.as(admin)));

        assertThat(problems).isEmpty();
    }

    private void check(List<String> problems, String form, MockHttpServletRequestBuilder request) throws Exception {
        String html =
                mvc.perform(request.with(csrf())).andReturn().getResponse().getContentAsString();
        String text = Jsoup.parse(html).body().text();
        DEFAULT_MESSAGES.stream()
                .filter(text::contains)
                .forEach(message -> problems.add(form + ": \"" + message + "\" in " + excerpt(text, message)));
        var raw = RAW_ENUM.matcher(text);
        while (raw.find()) {
            problems.add(form + ": raw " + raw.group() + " in " + excerpt(text, raw.group()));
        }
    }

    private static String excerpt(String text, String part) {
        int at = text.indexOf(part);
        return "…" + text.substring(Math.max(0, at - 60), Math.min(text.length(), at + part.length() + 40)) + "…";
    }

    private UUID account(UserView owner) {
        return Accounts.aQuietAccount(accounts, "Words " + TestData.unique("co"), null);
    }
}
