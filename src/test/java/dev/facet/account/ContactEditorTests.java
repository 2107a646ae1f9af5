package dev.facet.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

import dev.facet.security.Role;
import dev.facet.security.SignedIn;
import dev.facet.security.UserManagement;
import dev.facet.security.UserView;
import dev.facet.support.ApplicationTest;
import dev.facet.support.TestData;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The contacts panel on the account page, through the whole stack on PostgreSQL: add, edit and
 * remove in place (htmx) and without JavaScript, field errors, who may edit, stale edits, the
 * missing-ADMIN hint and the event other modules wait for.
 */
@ApplicationTest
@RecordApplicationEvents
class ContactEditorTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    UserManagement users;

    @Autowired
    AccountManagement accounts;

    @Autowired
    ApplicationEvents events;

    UserView tam;
    UserView otherTam;
    UserView manager;
    UUID accountId;

    @BeforeEach
    void setUp() {
        tam = TestData.user(users, Role.TAM);
        otherTam = TestData.user(users, Role.TAM);
        manager = TestData.user(users, Role.MANAGER);
        accountId =
                account(false, List.of(new ContactDetails("Ann Admin", "ann@acme.example", Set.of(ContactRole.ADMIN))));
        events.clear();
    }

    @Test
    void theTamAddsEditsAndRemovesContactsInPlace() throws Exception {
        String added = mvc.perform(htmx(post(contacts()))
                        .param("name", "Bob Builder")
                        .param("email", " bob@acme.example ")
                        .param("roles", "TECHNICAL", "BILLING")
                        .with(SignedIn.as(tam)))
                .andExpect(status().isOk())
                .andExpect(view().name("account/contacts :: contacts-panel"))
                .andExpect(header().string("HX-Trigger", "contacts-changed"))
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(added).contains("id=\"contacts-card\"", "Contact added.", "Bob Builder", "bob@acme.example");
        ContactView bob = contact("bob@acme.example");
        assertThat(bob.name()).isEqualTo("Bob Builder");
        assertThat(bob.roles()).containsExactlyInAnyOrder(ContactRole.TECHNICAL, ContactRole.BILLING);
        assertThat(accounts.get(accountId).contacts())
                .extracting(ContactView::name)
                .containsExactly("Ann Admin", "Bob Builder");
        assertThat(changeEvents()).isEqualTo(1);

        String editForm = mvc.perform(
                        htmx(get(contacts() + "/" + bob.id() + "/edit")).with(SignedIn.as(tam)))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(editForm).contains("value=\"Bob Builder\"", "name=\"version\"");

        mvc.perform(htmx(post(contacts() + "/" + bob.id()))
                        .param("name", "Robert Builder")
                        .param("email", "robert@acme.example")
                        .param("roles", "ADMIN")
                        .param("version", String.valueOf(version()))
                        .with(SignedIn.as(tam)))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Contact saved.")))
                .andExpect(content().string(Matchers.containsString("robert@acme.example")));
        ContactView robert = contact("robert@acme.example");
        assertThat(robert.id()).isEqualTo(bob.id());
        assertThat(robert.roles()).containsExactly(ContactRole.ADMIN);
        assertThat(changeEvents()).isEqualTo(2);

        mvc.perform(htmx(post(contacts() + "/" + bob.id() + "/remove").param("confirmed", "true"))
                        .param("version", String.valueOf(version()))
                        .with(SignedIn.as(tam)))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("Contact removed.")))
                .andExpect(content().string(Matchers.not(Matchers.containsString("robert@acme.example"))));
        assertThat(accounts.get(accountId).contacts())
                .extracting(ContactView::email)
                .containsExactly("ann@acme.example");
        assertThat(changeEvents()).isEqualTo(3);
    }

    @Test
    void savingAnUnchangedContactWritesAndAnnouncesNothing() throws Exception {
        ContactView ann = contact("ann@acme.example");
        long version = version();
        mvc.perform(htmx(post(contacts() + "/" + ann.id()))
                        .param("name", "Ann Admin")
                        .param("email", "ann@acme.example")
                        .param("roles", "ADMIN")
                        .param("version", String.valueOf(version))
                        .with(SignedIn.as(tam)))
                .andExpect(status().isOk());
        assertThat(version()).isEqualTo(version);
        assertThat(changeEvents()).isZero();
    }

    @Test
    void withoutJavaScriptEveryStepIsAPageAndEveryFormComesBackToTheAccount() throws Exception {
        mvc.perform(get(contacts() + "/new").with(SignedIn.as(tam)))
                .andExpect(status().isOk())
                .andExpect(view().name("account/contacts-page"))
                .andExpect(content().string(Matchers.containsString("action=\"/accounts/" + accountId + "/contacts\"")))
                .andExpect(content().string(Matchers.containsString("name=\"_csrf\"")));

        mvc.perform(post(contacts())
                        .param("name", "Cleo")
                        .param("email", "cleo@acme.example")
                        .with(SignedIn.as(tam))
                        .with(csrf()))
                .andExpect(status().isFound())
                .andExpect(redirectedUrl("/accounts/" + accountId))
                .andExpect(flash().attribute("message", "account.contacts.added"));
        ContactView cleo = contact("cleo@acme.example");
        assertThat(cleo.roles()).isEmpty();

        mvc.perform(get(contacts() + "/" + cleo.id() + "/edit").with(SignedIn.as(tam)))
                .andExpect(status().isOk())
                .andExpect(view().name("account/contacts-page"))
                .andExpect(content().string(Matchers.containsString("value=\"cleo@acme.example\"")));
        mvc.perform(post(contacts() + "/" + cleo.id())
                        .param("name", "Cleo Park")
                        .param("email", "cleo@acme.example")
                        .param("_roles", "on")
                        .param("version", String.valueOf(version()))
                        .with(SignedIn.as(tam))
                        .with(csrf()))
                .andExpect(status().isFound())
                .andExpect(redirectedUrl("/accounts/" + accountId))
                .andExpect(flash().attribute("message", "account.contacts.saved"));
        mvc.perform(post(contacts() + "/" + cleo.id() + "/remove")
                        .param("confirmed", "true")
                        .param("version", String.valueOf(version()))
                        .with(SignedIn.as(tam))
                        .with(csrf()))
                .andExpect(status().isFound())
                .andExpect(flash().attribute("message", "account.contacts.removed"));
        assertThat(accounts.get(accountId).contacts()).hasSize(1);

        // The account page itself carries the panel with real links and forms.
        mvc.perform(get("/accounts/" + accountId).with(SignedIn.as(tam)))
                .andExpect(status().isOk())
                .andExpect(
                        content().string(Matchers.containsString("href=\"/accounts/" + accountId + "/contacts/new\"")))
                .andExpect(content().string(Matchers.containsString("/remove\"")));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            no name              | ''                     | ann2@acme.example                            | name
            no email             | Ann Two                | ''                                           | email
            not an address       | Ann Two                | ann two at acme                              | email
            a display name       | Ann Two                | Ann Two <ann2@acme.example>                  | email
            two addresses        | Ann Two                | 'ann2@acme.example, eve@evil.example'        | email
            a header smuggled in | Ann Two                | ann2@acme.example\\r\\nBcc: eve@evil.example | email
            a duplicate email    | Ann Two                | ANN@acme.example                             | email
            """)
    void fieldErrorsShowInTheFormWhichKeepsTheInput(String label, String name, String email, String field)
            throws Exception {
        String typed = email.replace("\\r", "\r").replace("\\n", "\n");
        mvc.perform(htmx(post(contacts()))
                        .param("name", name)
                        .param("email", typed)
                        .param("roles", "CHAMPION")
                        .with(SignedIn.as(tam)))
                .andExpect(status().isUnprocessableContent())
                .andExpect(model().attributeHasFieldErrors("contactForm", field))
                .andExpect(content().string(Matchers.containsString("is-invalid")))
                .andExpect(content()
                        .string(Matchers.containsString(
                                "id=\"contact-new-role-CHAMPION\" name=\"roles\" checked=\"checked\"")))
                .andExpect(content().string(Matchers.containsString("value=\"" + (name.isEmpty() ? "" : name) + "\"")));
        assertThat(accounts.get(accountId).contacts()).hasSize(1);
        assertThat(changeEvents()).isZero();
    }

    @Test
    void aDuplicateEmailIsAlsoRefusedWhenEditing() throws Exception {
        ContactView bob = accounts.addContact(
                accountId, new ContactDetails("Bob", "bob@acme.example", Set.of()), SignedIn.currentUser(tam));
        mvc.perform(htmx(post(contacts() + "/" + bob.id()))
                        .param("name", "Bob")
                        .param("email", "Ann@Acme.example")
                        .param("version", String.valueOf(version()))
                        .with(SignedIn.as(tam)))
                .andExpect(status().isUnprocessableContent())
                .andExpect(model().attributeHasFieldErrors("contactForm", "email"))
                .andExpect(content().string(Matchers.containsString("Another contact of this account has this email")));
        assertThat(contact("bob@acme.example").name()).isEqualTo("Bob");
    }

    @Test
    void anotherAccountsTamGets403EvenByEditingTheIds() throws Exception {
        ContactView ann = contact("ann@acme.example");
        long version = version();
        mvc.perform(get(contacts() + "/new").with(SignedIn.as(otherTam))).andExpect(status().isForbidden());
        mvc.perform(get(contacts() + "/" + ann.id() + "/edit").with(SignedIn.as(otherTam)))
                .andExpect(status().isForbidden());
        mvc.perform(htmx(post(contacts()))
                        .param("name", "Eve")
                        .param("email", "eve@evil.example")
                        .with(SignedIn.as(otherTam)))
                .andExpect(status().isForbidden());
        // an invalid form does not turn the refusal into a field error
        mvc.perform(htmx(post(contacts())).param("name", "").param("email", "").with(SignedIn.as(otherTam)))
                .andExpect(status().isForbidden());
        mvc.perform(htmx(post(contacts() + "/" + ann.id()))
                        .param("name", "Eve")
                        .param("email", "eve@evil.example")
                        .param("version", String.valueOf(version))
                        .with(SignedIn.as(otherTam)))
                .andExpect(status().isForbidden());
        mvc.perform(htmx(post(contacts() + "/" + ann.id() + "/remove").param("confirmed", "true"))
                        .param("version", String.valueOf(version))
                        .with(SignedIn.as(otherTam)))
                .andExpect(status().isForbidden());
        assertThat(accounts.get(accountId).contacts()).containsExactly(ann);
        assertThat(changeEvents()).isZero();

        // the module checks too, whoever calls it
        org.assertj.core.api.Assertions.assertThatThrownBy(
                        () -> accounts.removeContact(accountId, ann.id(), version, SignedIn.currentUser(otherTam)))
                .isInstanceOf(dev.facet.shared.AccessDeniedToObjectException.class);

        // the other TAM sees the contacts, without edit controls
        mvc.perform(get("/accounts/" + accountId).with(SignedIn.as(otherTam)))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("ann@acme.example")))
                .andExpect(content().string(Matchers.not(Matchers.containsString("contact-edit"))))
                .andExpect(content().string(Matchers.not(Matchers.containsString("contact-add-link"))));

        // any manager may
        mvc.perform(htmx(post(contacts()))
                        .param("name", "Max")
                        .param("email", "max@acme.example")
                        .with(SignedIn.as(manager)))
                .andExpect(status().isOk());
    }

    @Test
    void aContactOfAnotherAccountIsNotFoundThroughThisOne() throws Exception {
        UUID mine = account(false, List.of(new ContactDetails("Mia", "mia@mine.example", Set.of())));
        ContactView ann = contact("ann@acme.example");
        mvc.perform(htmx(post("/accounts/" + mine + "/contacts/" + ann.id()))
                        .param("name", "Eve")
                        .param("email", "eve@evil.example")
                        .param("version", String.valueOf(accounts.get(mine).version()))
                        .with(SignedIn.as(tam)))
                .andExpect(status().isNotFound());
        assertThat(contact("ann@acme.example").name()).isEqualTo("Ann Admin");
    }

    @Test
    void aStaleEditGets409KeepsWhatTheUserTypedAndASecondSaveWins() throws Exception {
        ContactView ann = contact("ann@acme.example");
        long loadedAt = version();
        // a manager renames Ann meanwhile
        accounts.editContact(
                accountId,
                ann.id(),
                new ContactDetails("Ann Manager-Edit", "ann@acme.example", Set.of(ContactRole.ADMIN)),
                loadedAt,
                SignedIn.currentUser(manager));
        events.clear();

        String conflict = mvc.perform(htmx(post(contacts() + "/" + ann.id()))
                        .param("name", "Ann My-Unsaved-Name")
                        .param("email", "ann@acme.example")
                        .param("roles", "ADMIN", "EXECUTIVE_SPONSOR")
                        .param("version", String.valueOf(loadedAt))
                        .with(SignedIn.as(tam)))
                .andExpect(status().isConflict())
                .andReturn()
                .getResponse()
                .getContentAsString();
        assertThat(conflict)
                .contains("Someone else saved this record")
                .contains("value=\"Ann My-Unsaved-Name\"")
                .contains("Saved meanwhile by someone else")
                .contains("Ann Manager-Edit")
                .contains("name=\"version\" value=\"" + version() + "\"");
        assertThat(contact("ann@acme.example").name()).isEqualTo("Ann Manager-Edit");
        assertThat(changeEvents()).isZero();

        mvc.perform(htmx(post(contacts() + "/" + ann.id()))
                        .param("name", "Ann My-Unsaved-Name")
                        .param("email", "ann@acme.example")
                        .param("roles", "ADMIN", "EXECUTIVE_SPONSOR")
                        .param("version", String.valueOf(version()))
                        .with(SignedIn.as(tam)))
                .andExpect(status().isOk());
        assertThat(contact("ann@acme.example").name()).isEqualTo("Ann My-Unsaved-Name");
    }

    @Test
    void aStaleEditOfAContactTheCrmReplacedOffersToAddItAgain() throws Exception {
        ContactView ann = contact("ann@acme.example");
        long loadedAt = version();
        AccountView account = accounts.get(accountId);
        accounts.upsertFromCrm(
                account.crmId(),
                account.details(),
                tam.username(),
                List.of(new ContactDetails("Zed", "zed@acme.example", Set.of(ContactRole.ADMIN))));

        mvc.perform(htmx(post(contacts() + "/" + ann.id()))
                        .param("name", "Ann Kept")
                        .param("email", "ann@acme.example")
                        .param("version", String.valueOf(loadedAt))
                        .with(SignedIn.as(tam)))
                .andExpect(status().isConflict())
                .andExpect(content().string(Matchers.containsString("save it to add the contact again")))
                .andExpect(content().string(Matchers.containsString("action=\"/accounts/" + accountId + "/contacts\"")))
                .andExpect(content().string(Matchers.containsString("value=\"Ann Kept\"")));
    }

    @Test
    void aStaleRemoveGets409AndShowsTheListAsItIsNow() throws Exception {
        ContactView ann = contact("ann@acme.example");
        long loadedAt = version();
        accounts.addContact(
                accountId,
                new ContactDetails("New Admin", "new@acme.example", Set.of(ContactRole.ADMIN)),
                SignedIn.currentUser(manager));

        mvc.perform(htmx(post(contacts() + "/" + ann.id() + "/remove").param("confirmed", "true"))
                        .param("version", String.valueOf(loadedAt))
                        .with(SignedIn.as(tam)))
                .andExpect(status().isConflict())
                .andExpect(content().string(Matchers.containsString("The contacts changed while you were looking")))
                .andExpect(content().string(Matchers.containsString("new@acme.example")));
        assertThat(accounts.get(accountId).contacts()).hasSize(2);
    }

    @Test
    void thePanelSaysWhenNoContactIsAnAdminExceptForPublicSector() throws Exception {
        UUID noAdmin =
                account(false, List.of(new ContactDetails("Tess", "tess@acme.example", Set.of(ContactRole.TECHNICAL))));
        UUID none = account(false, List.of());
        UUID publicSector = account(true, List.of());
        String hint = "No contact has the Admin role";

        mvc.perform(get("/accounts/" + noAdmin).with(SignedIn.as(tam)))
                .andExpect(content().string(Matchers.containsString(hint)))
                .andExpect(content().string(Matchers.containsString("Add one, or give a contact the Admin role")));
        mvc.perform(get("/accounts/" + none).with(SignedIn.as(otherTam)))
                .andExpect(content().string(Matchers.containsString(hint)))
                .andExpect(content().string(Matchers.not(Matchers.containsString("Add one, or give"))));
        mvc.perform(get("/accounts/" + accountId).with(SignedIn.as(tam)))
                .andExpect(content().string(Matchers.not(Matchers.containsString(hint))));
        mvc.perform(get("/accounts/" + publicSector).with(SignedIn.as(tam)))
                .andExpect(content().string(Matchers.not(Matchers.containsString(hint))));

        // giving Tess the Admin role in place clears the hint in the answer
        ContactView tess = accounts.get(noAdmin).contacts().getFirst();
        mvc.perform(htmx(post("/accounts/" + noAdmin + "/contacts/" + tess.id()))
                        .param("name", "Tess")
                        .param("email", "tess@acme.example")
                        .param("roles", "TECHNICAL", "ADMIN")
                        .param("version", String.valueOf(accounts.get(noAdmin).version()))
                        .with(SignedIn.as(tam)))
                .andExpect(status().isOk())
                .andExpect(content().string(Matchers.not(Matchers.containsString(hint))));
        assertThat(accounts.contactsWithRole(noAdmin, ContactRole.ADMIN))
                .extracting(ContactView::email)
                .containsExactly("tess@acme.example");
    }

    @Test
    void contactsWithRoleListsThoseContactsInTheAccountsOrder() {
        var me = SignedIn.currentUser(tam);
        accounts.addContact(accountId, new ContactDetails("Bo", "bo@acme.example", Set.of(ContactRole.BILLING)), me);
        accounts.addContact(
                accountId,
                new ContactDetails("Cy", "cy@acme.example", Set.of(ContactRole.ADMIN, ContactRole.TECHNICAL)),
                me);
        assertThat(accounts.contactsWithRole(accountId, ContactRole.ADMIN))
                .extracting(ContactView::name)
                .containsExactly("Ann Admin", "Cy");
        assertThat(accounts.contactsWithRole(accountId, ContactRole.EXECUTIVE_SPONSOR))
                .isEmpty();
        assertThat(accounts.contactsWithRole(UUID.randomUUID(), ContactRole.ADMIN))
                .isEmpty();
    }

    private long changeEvents() {
        return events.stream(AccountContactsChanged.class)
                .filter(e -> e.accountId().equals(accountId))
                .count();
    }

    private String contacts() {
        return "/accounts/" + accountId + "/contacts";
    }

    private long version() {
        return accounts.get(accountId).version();
    }

    private ContactView contact(String email) {
        return accounts.get(accountId).contacts().stream()
                .filter(c -> c.email().equals(email))
                .findFirst()
                .orElseThrow();
    }

    private static MockHttpServletRequestBuilder htmx(MockHttpServletRequestBuilder request) {
        return request.header("HX-Request", "true").with(csrf());
    }

    private UUID account(boolean publicSector, List<ContactDetails> contacts) {
        var details = new AccountDetails(
                "Contacts Co " + TestData.unique("co"),
                Segment.MID_MARKET,
                Region.EMEA,
                publicSector,
                DeploymentType.SAAS,
                ProductTier.PREMIUM,
                50,
                new BigDecimal("10000"),
                LocalDate.now().minusDays(3),
                false,
                null,
                null);
        return accounts.upsertFromCrm(TestData.unique("CON"), details, tam.username(), contacts)
                .account()
                .id();
    }
}
