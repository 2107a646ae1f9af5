package dev.facet.account.web;

import dev.facet.account.AccountManagement;
import dev.facet.account.AccountView;
import dev.facet.account.ContactView;
import dev.facet.security.CurrentUser;
import dev.facet.shared.AccessDeniedToObjectException;
import dev.facet.shared.NotFoundException;
import dev.facet.shared.StaleEditException;
import dev.facet.shared.web.AsksFirst;
import dev.facet.shared.web.FormSubmission;
import dev.facet.shared.web.HtmxRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.util.UUID;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The account page's contacts panel: the account's TAM or a manager adds, edits and removes contacts
 * in place with htmx (each answer is the whole small panel). Without JavaScript every link opens the
 * panel as a page of its own and every form posts and comes back to the account page with a message.
 */
@Controller
class ContactController {

    private static final String PANEL = "account/contacts :: contacts-panel";
    private static final String PAGE = "account/contacts-page";
    /** Other panels that depend on the contacts (the enablement emails' ADMIN hint) reload on this. */
    private static final String CONTACTS_CHANGED = "contacts-changed";

    private final AccountManagement accounts;

    ContactController(AccountManagement accounts) {
        this.accounts = accounts;
    }

    @GetMapping("/accounts/{id}/contacts")
    String panel(@PathVariable UUID id, HtmxRequest htmx, CurrentUser me, Model model) {
        return view(ContactsPanel.of(accounts.get(id), me), htmx, model);
    }

    @GetMapping("/accounts/{id}/contacts/new")
    String addForm(@PathVariable UUID id, HtmxRequest htmx, CurrentUser me, Model model) {
        ContactsPanel panel = editablePanel(id, me);
        model.addAttribute("contactForm", new ContactForm());
        return view(panel.withAddForm(), htmx, model);
    }

    @PostMapping("/accounts/{id}/contacts")
    String add(
            @PathVariable UUID id,
            @Valid @ModelAttribute("contactForm") ContactForm form,
            BindingResult errors,
            HtmxRequest htmx,
            CurrentUser me,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        ContactsPanel panel = editablePanel(id, me);
        // a stale add means another change of this account committed first: it did not happen, try again
        return FormSubmission.of(errors, response)
                .whenStale("form.stale", () -> view(editablePanel(id, me).withAddForm(), htmx, model))
                .submit(
                        () -> {
                            accounts.addContact(id, form.details(), me);
                            return saved(id, "account.contacts.added", htmx, me, model, response, redirect);
                        },
                        () -> view(panel.withAddForm(), htmx, model));
    }

    @GetMapping("/accounts/{id}/contacts/{contactId}/edit")
    String editForm(
            @PathVariable UUID id, @PathVariable UUID contactId, HtmxRequest htmx, CurrentUser me, Model model) {
        ContactsPanel panel = editablePanel(id, me);
        model.addAttribute("contactForm", ContactForm.of(contactOf(panel, contactId), panel.version()));
        return view(panel.withEditForm(contactId, null), htmx, model);
    }

    @PostMapping("/accounts/{id}/contacts/{contactId}")
    String edit(
            @PathVariable UUID id,
            @PathVariable UUID contactId,
            @Valid @ModelAttribute("contactForm") ContactForm form,
            BindingResult errors,
            HtmxRequest htmx,
            CurrentUser me,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        ContactsPanel panel = editablePanel(id, me);
        return FormSubmission.of(errors, response)
                .whenStale(null, () -> staleEdit(id, contactId, form, errors, htmx, me, model))
                .submit(
                        () -> {
                            accounts.editContact(id, contactId, form.details(), form.getVersion(), me);
                            return saved(id, "account.contacts.saved", htmx, me, model, response, redirect);
                        },
                        () -> {
                            contactOf(panel, contactId);
                            return view(panel.withEditForm(contactId, null), htmx, model);
                        });
    }

    @AsksFirst("account.contacts.remove.ask")
    @PostMapping("/accounts/{id}/contacts/{contactId}/remove")
    String remove(
            @PathVariable UUID id,
            @PathVariable UUID contactId,
            @RequestParam long version,
            HtmxRequest htmx,
            CurrentUser me,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        editablePanel(id, me);
        try {
            accounts.removeContact(id, contactId, version, me);
            return saved(id, "account.contacts.removed", htmx, me, model, response, redirect);
        } catch (StaleEditException | OptimisticLockingFailureException e) {
            // the list changed since it was shown: show it as it is now and let the user decide again
            response.setStatus(HttpServletResponse.SC_CONFLICT);
            return view(editablePanel(id, me).withProblem("account.contacts.stale.remove"), htmx, model);
        }
    }

    /**
     * Keeps what the user typed and shows what was saved meanwhile; the form takes the current
     * version, so saving again wins. If the contact is gone (removed, or the CRM replaced the list),
     * the input moves to the add form, so saving adds it again.
     */
    private String staleEdit(
            UUID id,
            UUID contactId,
            ContactForm form,
            BindingResult errors,
            HtmxRequest htmx,
            CurrentUser me,
            Model model) {
        ContactsPanel current = editablePanel(id, me);
        form.setVersion(current.version());
        ContactView saved = current.contact(contactId);
        if (saved == null) {
            errors.reject("account.contacts.stale.gone");
            return view(current.withAddForm(), htmx, model);
        }
        errors.reject("form.stale");
        return view(current.withEditForm(contactId, saved), htmx, model);
    }

    private String saved(
            UUID id,
            String message,
            HtmxRequest htmx,
            CurrentUser me,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        return htmx.afterChange(message, "/accounts/" + id, redirect, () -> {
            response.setHeader("HX-Trigger", CONTACTS_CHANGED);
            return view(ContactsPanel.of(accounts.get(id), me).withNotice(message), htmx, model);
        });
    }

    /** htmx swaps in the panel; a browser without JavaScript gets it as a page of its own. */
    private static String view(ContactsPanel panel, HtmxRequest htmx, Model model) {
        model.addAttribute("contactsPanel", panel);
        return htmx.view(PANEL, PAGE);
    }

    /**
     * The panel, for a user who may edit the contacts. AccountManagement checks again on every change;
     * checking here first makes a foreign TAM's request a 403 even when its form is also invalid.
     */
    private ContactsPanel editablePanel(UUID id, CurrentUser me) {
        AccountView account = accounts.get(id);
        if (!account.mayBeWorkedBy(me)) {
            throw new AccessDeniedToObjectException("Only the account's TAM or a manager may edit its contacts");
        }
        return ContactsPanel.of(account, me);
    }

    private static ContactView contactOf(ContactsPanel panel, UUID contactId) {
        ContactView contact = panel.contact(contactId);
        if (contact == null) {
            throw new NotFoundException("Contact", contactId);
        }
        return contact;
    }
}
