package dev.facet.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import dev.facet.security.ApiTokenManagement;
import dev.facet.support.ApplicationTest;
import dev.facet.support.CrmApi;
import dev.facet.support.TestData;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/**
 * The CRM's {@code PUT /api/v1/accounts/{crmId}} announces {@link AccountContactsChanged} once when
 * it changes the contacts and never when it sends them again unchanged; its contacts pass the same
 * checks as the editor's. MockMvc runs the request on the test thread, where the events are recorded.
 */
@ApplicationTest
@RecordApplicationEvents
class AccountContactsChangedTests {

    private static final String ANN = """
            {"name": "Ann Admin", "email": "ann@crm.example", "roles": ["ADMIN"]}""";
    private static final String BOB = """
            {"name": "Bob", "email": "bob@crm.example", "roles": ["TECHNICAL", "BILLING"]}""";

    @Autowired
    MockMvc mvc;

    @Autowired
    ApiTokenManagement tokens;

    @Autowired
    AccountManagement accounts;

    @Autowired
    ApplicationEvents events;

    String token;
    String crmId;

    @BeforeEach
    void setUp() {
        token = TestData.apiToken(tokens);
        crmId = TestData.unique("EVT");
    }

    @Test
    void announcesAChangeOnceAndAnUnchangedListNever() throws Exception {
        putAccount("[" + ANN + ", " + BOB + "]").andExpect(status().isCreated());
        assertThat(changes()).isEqualTo(1);
        var ids = accounts.findByCrmId(crmId).orElseThrow().contacts().stream()
                .map(ContactView::id)
                .toList();

        // the same list again, roles in another order and a name padded: unchanged, nothing written
        String sameAgain = "[" + ANN.replace("\"Ann Admin\"", "\" Ann Admin \"") + ", "
                + BOB.replace("\"TECHNICAL\", \"BILLING\"", "\"BILLING\", \"TECHNICAL\"") + "]";
        putAccount(sameAgain).andExpect(status().isOk());
        // and without contacts at all: they stay as they are
        putAccount(null).andExpect(status().isOk());
        assertThat(changes()).isEqualTo(1);
        assertThat(accounts.findByCrmId(crmId).orElseThrow().contacts())
                .extracting(ContactView::id)
                .isEqualTo(ids);

        putAccount("[" + ANN.replace("[\"ADMIN\"]", "[\"ADMIN\", \"CHAMPION\"]") + ", " + BOB + "]")
                .andExpect(status().isOk());
        assertThat(changes()).isEqualTo(2);
        putAccount("[" + BOB + ", " + ANN + "]").andExpect(status().isOk()); // a new order is a change too
        assertThat(changes()).isEqualTo(3);
        putAccount("[]").andExpect(status().isOk());
        assertThat(changes()).isEqualTo(4);
        assertThat(accounts.findByCrmId(crmId).orElseThrow().contacts()).isEmpty();
    }

    @Test
    void anAccountCreatedWithoutContactsAnnouncesNothing() throws Exception {
        putAccount("[]").andExpect(status().isCreated());
        putAccount(null).andExpect(status().isOk());
        assertThat(changes()).isZero();
    }

    @Test
    void refusesAnEmailThatWouldBreakAMailHeaderOrRepeats() throws Exception {
        putAccount("[{\"name\": \"Eve\", \"email\": \"eve@crm.example\\r\\nBcc: x@evil.example\", \"roles\": []}]")
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[*].field", Matchers.hasItem("contacts[0].email")));
        putAccount("[" + ANN + ", {\"name\": \"Ann again\", \"email\": \"ANN@crm.example\", \"roles\": []}]")
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[*].field", Matchers.hasItem("contacts[1].email")));
        assertThat(accounts.findByCrmId(crmId)).isEmpty();
        assertThat(changes()).isZero();
    }

    private ResultActions putAccount(String contactsJson) throws Exception {
        String body = CrmApi.account("Event Co", "MID_MARKET", false, "SAAS", 40, 1000, false, null);
        if (contactsJson != null) {
            body = body.substring(0, body.lastIndexOf('}')) + ", \"contacts\": " + contactsJson + "}";
        }
        return mvc.perform(put("/api/v1/accounts/" + crmId)
                .header(HttpHeaders.AUTHORIZATION, "Bearer " + token)
                .contentType(MediaType.APPLICATION_JSON)
                .content(body));
    }

    private long changes() {
        var account = accounts.findByCrmId(crmId);
        return account.isEmpty()
                ? events.stream(AccountContactsChanged.class).count()
                : events.stream(AccountContactsChanged.class)
                        .filter(e -> e.accountId().equals(account.get().id()))
                        .count();
    }
}
