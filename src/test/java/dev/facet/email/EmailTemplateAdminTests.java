package dev.facet.email;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.facet.email.web.EditEmailTemplateForm;
import dev.facet.security.Role;
import dev.facet.security.SignedIn;
import dev.facet.security.UserManagement;
import dev.facet.security.UserView;
import dev.facet.support.ApplicationTest;
import dev.facet.support.TestData;
import java.util.List;
import java.util.UUID;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Pageable;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** The admin's template editor; in a context of its own, since templates are global. */
@ApplicationTest
@TestPropertySource(properties = "facet.test.context=email-templates")
class EmailTemplateAdminTests {

    private static final String HOSTILE_BODY = """
            Hi {{contact.firstName}},

            ${T(java.lang.Runtime).getRuntime().exec('x')} [[${'ev'+'aluated'}]] [(${'ev'+'aluated'})] #{app.name}

            <span th:text="${'ev'+'aluated'}">kept</span> __${'ev'+'aluated'}__

            {{tam.name}}
            """;

    private static final String SPEL_LINE =
            "${T(java.lang.Runtime).getRuntime().exec('x')} [[${'ev'+'aluated'}]] [(${'ev'+'aluated'})] #{app.name}";
    private static final String TAG_LINE = "<span th:text=\"${'ev'+'aluated'}\">kept</span>";

    @Autowired
    EmailTemplateManagement emails;

    @Autowired
    UserManagement users;

    @Autowired
    MockMvc mvc;

    @Test
    void theListShowsTheTenTemplatesByVariantAndNumber() throws Exception {
        Document page = page(get("/admin/email-templates"));

        assertThat(page.select("#email-templates-SAAS tbody tr")).hasSize(5);
        assertThat(page.select("#email-templates-SELF_MANAGED tbody tr")).hasSize(5);
        EmailTemplateView first = emails.template(EmailVariant.SAAS, 1);
        Element row = page.selectFirst("#email-template-" + first.id());
        assertThat(row).isNotNull();
        assertThat(row.text()).contains(first.name(), first.subject(), "by " + first.updatedBy());
        EmailProgramSettings settings = emails.settings();
        assertThat(page.select("#email-program-settings").text())
                .contains("every " + settings.spacingDays() + " day", settings.fromAddress());
        assertThat(page(get("/admin")).select("#admin-email-templates").attr("href"))
                .isEqualTo("/admin/email-templates");
    }

    @Test
    void theEditorShowsTheFormTheTokensAndAPreview() throws Exception {
        EmailTemplateView template = emails.template(EmailVariant.SELF_MANAGED, 1);
        UserView admin = admin();

        Document page = page(get("/admin/email-templates/" + template.id()), SignedIn.as(admin));

        assertThat(page.select("#subject").val()).isEqualTo(template.subject());
        assertThat(page.select("#body").first().wholeText()).isEqualTo(template.body());
        assertThat(page.select("#email-tokens [data-insert-token]").eachAttr("data-insert-token"))
                .containsExactlyElementsOf(
                        EmailTokens.NAMES.stream().map(t -> "{{" + t + "}}").toList());
        assertThat(page.select("#body").attr("hx-post"))
                .isEqualTo("/admin/email-templates/" + template.id() + "/preview");
        assertThat(page.select("#preview-body-text").text())
                .contains("Hi Jordan and Priya,", admin.displayName(), admin.email());
        assertThat(page.select("#preview-body-html strong")).isNotEmpty();
    }

    @Test
    void aValidSaveKeepsTheReplacedTextAsARevisionAndBumpsTheVersion() throws Exception {
        EmailTemplateView before = emails.template(EmailVariant.SAAS, 2);
        UserView admin = admin();

        mvc.perform(save(
                                before.id(),
                                "First steps for {{account.name}}",
                                "Hi {{contact.firstName}}, new text.",
                                before.version())
                        .with(SignedIn.as(admin)))
                .andExpect(redirectedUrl("/admin/email-templates/" + before.id()))
                .andExpect(flash().attribute("message", "email.template.saved"));

        EmailTemplateView after = emails.template(before.id());
        assertThat(after.version()).isEqualTo(before.version() + 1);
        assertThat(after.subject()).isEqualTo("First steps for {{account.name}}");
        assertThat(after.body()).isEqualTo("Hi {{contact.firstName}}, new text.");
        assertThat(after.updatedBy()).isEqualTo(admin.username());
        EmailTemplateRevisionView kept = emails.revision(before.id(), before.version());
        assertThat(kept.subject()).isEqualTo(before.subject());
        assertThat(kept.body()).isEqualTo(before.body());
        assertThat(kept.savedBy()).isEqualTo(before.updatedBy());
        EmailTemplateRevisionView newest = emails.revision(before.id(), after.version());
        assertThat(newest.body()).isEqualTo(after.body());
        assertThat(newest.savedBy()).isEqualTo(admin.username());
        assertThat(emails.revisions(before.id(), Pageable.ofSize(20)).getContent())
                .extracting(EmailTemplateRevisionSummary::version)
                .startsWith(after.version(), before.version());

        Document editor = page(get("/admin/email-templates/" + before.id()), SignedIn.as(admin));
        assertThat(editor.select("#revision-" + before.version() + " a").attr("href"))
                .isEqualTo("/admin/email-templates/" + before.id() + "/versions/" + before.version());
        Document old = page(
                get("/admin/email-templates/" + before.id() + "/versions/" + before.version()), SignedIn.as(admin));
        assertThat(old.select("#email-template-revision pre").first().wholeText())
                .isEqualTo(before.body());

        Document loaded = page(
                get("/admin/email-templates/" + before.id()).param("from", String.valueOf(before.version())),
                SignedIn.as(admin));
        assertThat(loaded.select("#body").first().wholeText()).isEqualTo(before.body());
        assertThat(loaded.select("#basedOnVersion").val()).isEqualTo(String.valueOf(after.version()));
        assertThat(loaded.select("#loaded-version")).isNotEmpty();
    }

    @Test
    void anUnknownTokenIsRefusedWithAFieldErrorNamingItAndNothingIsSaved() throws Exception {
        EmailTemplateView before = emails.template(EmailVariant.SAAS, 3);
        long revisions = emails.revisions(before.id(), Pageable.ofSize(20)).getTotalElements();

        MvcResult result = mvc.perform(
                        save(before.id(), before.subject(), "Dear {{contact.lastName}},", before.version())
                                .with(signedIn(Role.ADMIN)))
                .andExpect(status().isUnprocessableContent())
                .andExpect(model().attributeHasFieldErrorCode("form", "body", "email.template.tokens"))
                .andReturn();

        Document page = Jsoup.parse(result.getResponse().getContentAsString());
        assertThat(page.select("#body ~ .invalid-feedback").text())
                .contains("Not allowed in a template: {{contact.lastName}}");
        assertThat(page.select("#body").first().wholeText()).isEqualTo("Dear {{contact.lastName}},");
        assertThat(page.select("#preview-body-problems").text()).contains("{{contact.lastName}}");
        assertThat(emails.template(before.id())).isEqualTo(before);
        assertThat(emails.revisions(before.id(), Pageable.ofSize(20)).getTotalElements())
                .isEqualTo(revisions);
    }

    @Test
    void aLineBreakInTheSubjectIsRefused() throws Exception {
        EmailTemplateView before = emails.template(EmailVariant.SAAS, 4);

        mvc.perform(save(before.id(), "Monitoring\r\nBcc: everyone@example.com", before.body(), before.version())
                        .with(signedIn(Role.ADMIN)))
                .andExpect(status().isUnprocessableContent())
                .andExpect(model().attributeHasFieldErrorCode("form", "subject", "email.template.subject.lineBreak"));
        mvc.perform(save(before.id(), "x".repeat(301), before.body(), before.version())
                        .with(signedIn(Role.ADMIN)))
                .andExpect(status().isUnprocessableContent())
                .andExpect(model().attributeHasFieldErrors("form", "subject"));
        mvc.perform(save(before.id(), before.subject(), " ", before.version()).with(signedIn(Role.ADMIN)))
                .andExpect(status().isUnprocessableContent())
                .andExpect(model().attributeHasFieldErrors("form", "body"));

        assertThat(emails.template(before.id())).isEqualTo(before);
    }

    @Test
    void aStaleSaveIsAConflictThatKeepsTheTypedText() throws Exception {
        EmailTemplateView seen = emails.template(EmailVariant.SAAS, 5);
        emails.change(seen.id(), "Training for {{account.name}}", seen.body(), seen.version(), "other.admin");

        MvcResult result = mvc.perform(
                        save(seen.id(), "My subject {{tam.name}}", "My body for {{account.name}}", seen.version())
                                .with(signedIn(Role.ADMIN)))
                .andExpect(status().isConflict())
                .andExpect(model().attributeHasErrors("form"))
                .andReturn();

        EditEmailTemplateForm form =
                (EditEmailTemplateForm) result.getModelAndView().getModel().get("form");
        assertThat(form.getSubject()).isEqualTo("My subject {{tam.name}}");
        assertThat(form.getBody()).isEqualTo("My body for {{account.name}}");
        assertThat(form.getBasedOnVersion()).isEqualTo(seen.version() + 1);
        Document page = Jsoup.parse(result.getResponse().getContentAsString());
        assertThat(page.select("#body").first().wholeText()).isEqualTo("My body for {{account.name}}");
        assertThat(page.select(".alert-danger").text()).contains("Someone else saved");
        EmailTemplateView current = emails.template(seen.id());
        assertThat(current.subject()).isEqualTo("Training for {{account.name}}");
        assertThat(current.updatedBy()).isEqualTo("other.admin");
    }

    @Test
    void thePreviewFragmentRendersTheTokensOnTheSampleAccount() throws Exception {
        EmailTemplateView template = emails.template(EmailVariant.SELF_MANAGED, 2);
        UserView admin = admin();

        String fragment = mvc.perform(preview(
                                template.id(),
                                "Welcome, {{account.name}}",
                                "Hi {{contact.firstName}}, I'm {{tam.firstName}}.")
                        .header("HX-Request", "true")
                        .with(SignedIn.as(admin)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();

        assertThat(fragment).contains("id=\"email-preview\"").doesNotContain("<html", "<nav");
        Document preview = Jsoup.parseBodyFragment(fragment);
        assertThat(preview.select("#preview-subject").text()).isEqualTo("Welcome, Acme Corporation");
        assertThat(preview.select("#preview-body-text").text())
                .isEqualTo("Hi Jordan and Priya, I'm " + admin.displayName().split(" ")[0] + ".");
        assertThat(preview.select("#preview-body-html p").text()).startsWith("Hi Jordan and Priya");
        assertThat(emails.template(template.id())).isEqualTo(template);
    }

    @Test
    void thePreviewShowsTokenErrorsInsteadOfRendering() throws Exception {
        EmailTemplateView template = emails.template(EmailVariant.SELF_MANAGED, 2);

        Document preview = Jsoup.parseBodyFragment(mvc.perform(
                        preview(template.id(), "Hi {{contact.lastName}}", "{{#tam}}{{name}}{{/tam}} {{{account.name}}}")
                                .header("HX-Request", "true")
                                .with(signedIn(Role.ADMIN)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString());

        assertThat(preview.select("#preview-subject-problems").text()).contains("{{contact.lastName}}");
        assertThat(preview.select("#preview-body-problems").text()).contains("{{#tam}}", "{{{account.name}}}");
        assertThat(preview.select("#preview-subject, #preview-body-text, #preview-body-html"))
                .isEmpty();
    }

    @Test
    void aTextTooLongToSaveIsNotRenderedAsYouType() throws Exception {
        EmailTemplateView template = emails.template(EmailVariant.SELF_MANAGED, 2);

        Document preview =
                Jsoup.parseBodyFragment(mvc.perform(post("/admin/email-templates/" + template.id() + "/preview")
                                .with(csrf())
                                .with(signedIn(Role.ADMIN))
                                .header("HX-Request", "true")
                                .param("subject", "Subject")
                                .param("body", "b".repeat(20_001))
                                .param("basedOnVersion", "not a number"))
                        .andExpect(status().isOk())
                        .andReturn()
                        .getResponse()
                        .getContentAsString());

        assertThat(preview.select("#email-preview .alert-warning").text()).contains("Too long to preview");
        assertThat(preview.select("#preview-body-text")).isEmpty();
    }

    @Test
    void withoutJavaScriptThePreviewButtonShowsTheWholeEditor() throws Exception {
        EmailTemplateView template = emails.template(EmailVariant.SELF_MANAGED, 3);

        Document page = page(preview(template.id(), "Typed {{account.name}}", "Typed body"), signedIn(Role.ADMIN));

        assertThat(page.select("#subject").val()).isEqualTo("Typed {{account.name}}");
        assertThat(page.select("#preview-subject").text()).isEqualTo("Typed Acme Corporation");
        assertThat(emails.template(template.id())).isEqualTo(template);
    }

    @Test
    void thymeleafAndSpelSyntaxIsSavedAndShownLiterallyNeverEvaluated() throws Exception {
        EmailTemplateView before = emails.template(EmailVariant.SELF_MANAGED, 4);
        String subject = "[[${'ev'+'aluated'}]] ${T(java.lang.Runtime).getRuntime().exec('x')} {{account.name}}";

        Document preview = Jsoup.parseBodyFragment(mvc.perform(preview(before.id(), subject, HOSTILE_BODY)
                        .header("HX-Request", "true")
                        .with(signedIn(Role.ADMIN)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString());
        assertLiteral(preview);

        mvc.perform(save(before.id(), subject, HOSTILE_BODY, before.version()).with(signedIn(Role.ADMIN)))
                .andExpect(status().is3xxRedirection());
        EmailTemplateView saved = emails.template(before.id());
        assertThat(saved.body()).isEqualTo(HOSTILE_BODY);
        EmailTokens tokens =
                new EmailTokens("Acme Corporation", "Dana Scully", "dana@facet.example", List.of("Jordan"));
        assertThat(TemplateText.render(saved.subject(), tokens))
                .isEqualTo("[[${'ev'+'aluated'}]] ${T(java.lang.Runtime).getRuntime().exec('x')} Acme Corporation");
        assertThat(TemplateText.render(saved.body(), tokens))
                .contains(SPEL_LINE)
                .contains(TAG_LINE)
                .doesNotContain("evaluated", "Facet");

        Document editor = page(get("/admin/email-templates/" + before.id()), signedIn(Role.ADMIN));
        assertThat(editor.select("#body").first().wholeText()).isEqualTo(HOSTILE_BODY);
        assertThat(editor.select("#subject").val()).isEqualTo(subject);
        assertLiteral(editor);
    }

    @Test
    void nonAdminsAreForbiddenEverywhere() throws Exception {
        UUID id = emails.template(EmailVariant.SAAS, 1).id();
        EmailProgramSettings settings = emails.settings();
        for (Role role : List.of(Role.TAM, Role.MANAGER)) {
            RequestPostProcessor user = signedIn(role);
            mvc.perform(get("/admin/email-templates").with(user)).andExpect(status().isForbidden());
            mvc.perform(get("/admin/email-templates/" + id).with(user)).andExpect(status().isForbidden());
            mvc.perform(get("/admin/email-templates/" + id + "/versions/0").with(user))
                    .andExpect(status().isForbidden());
            mvc.perform(save(id, "Subject", "Body", 0).with(user)).andExpect(status().isForbidden());
            mvc.perform(preview(id, "Subject", "Body").with(user)).andExpect(status().isForbidden());
            mvc.perform(get("/admin/email-settings").with(user)).andExpect(status().isForbidden());
            mvc.perform(post("/admin/email-settings")
                            .with(csrf())
                            .with(user)
                            .param("spacingDays", "3")
                            .param("fromAddress", "x@example.com")
                            .param("version", "0"))
                    .andExpect(status().isForbidden());
        }
        assertThat(emails.template(id).version()).isZero();
        assertThat(emails.settings()).isEqualTo(settings);
    }

    /** The rendered subject and body show the syntax as text: nothing became "evaluated", nor the app's name. */
    private static void assertLiteral(Document page) {
        assertThat(page.select("#preview-subject").text())
                .isEqualTo("[[${'ev'+'aluated'}]] ${T(java.lang.Runtime).getRuntime().exec('x')} Acme Corporation");
        assertThat(page.select("#preview-body-text").text()).contains(SPEL_LINE).contains(TAG_LINE);
        Element html = page.selectFirst("#preview-body-html");
        assertThat(html).isNotNull();
        assertThat(html.text()).contains(SPEL_LINE).contains(TAG_LINE).doesNotContain("evaluated", "Facet");
        assertThat(html.getAllElements()).noneMatch(e -> e.tagName().equals("span") || e.hasAttr("th:text"));
        assertThat(page.select("#email-preview").text()).doesNotContain("evaluated", "Facet");
    }

    private Document page(MockHttpServletRequestBuilder request) throws Exception {
        return page(request, signedIn(Role.ADMIN));
    }

    private Document page(MockHttpServletRequestBuilder request, RequestPostProcessor user) throws Exception {
        return Jsoup.parse(mvc.perform(request.with(user))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString());
    }

    private static MockHttpServletRequestBuilder save(UUID id, String subject, String body, long version) {
        return post("/admin/email-templates/" + id)
                .with(csrf())
                .param("subject", subject)
                .param("body", body)
                .param("basedOnVersion", String.valueOf(version));
    }

    private static MockHttpServletRequestBuilder preview(UUID id, String subject, String body) {
        return post("/admin/email-templates/" + id + "/preview")
                .with(csrf())
                .param("subject", subject)
                .param("body", body)
                .param("basedOnVersion", "0");
    }

    private UserView admin() {
        return TestData.user(users, Role.ADMIN);
    }

    private RequestPostProcessor signedIn(Role role) {
        return SignedIn.as(TestData.user(users, role));
    }
}
