package dev.facet.account.web;

import dev.facet.account.LicenseUsageManagement;
import dev.facet.account.LicenseUsagePanel;
import dev.facet.security.CurrentUser;
import dev.facet.shared.web.FormSubmission;
import dev.facet.shared.web.HtmxRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.util.Objects;
import java.util.UUID;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import tools.jackson.databind.json.JsonMapper;

/**
 * The account page's license usage section, loaded with htmx: the utilization chart, the First Value
 * Date and how it was set, and the forms the account's TAM or a manager may use. Without JavaScript
 * the forms post and come back to the account page with a message.
 */
@Controller
class LicenseUsageController {

    private static final String PANEL = "account/license-usage :: license-usage-panel";
    private static final String PAGE = "account/license-usage-page";
    private static final String FIRST_VALUE_CHANGED = "first-value-changed";

    private final LicenseUsageManagement licenseUsage;
    private final MessageSource messages;
    private final JsonMapper json;

    LicenseUsageController(LicenseUsageManagement licenseUsage, MessageSource messages, JsonMapper json) {
        this.licenseUsage = licenseUsage;
        this.messages = messages;
        this.json = json;
    }

    @GetMapping("/accounts/{id}/license-usage")
    String panel(@PathVariable UUID id, HtmxRequest htmx, CurrentUser me, Model model) {
        model.addAttribute("firstValueForm", new FirstValueForm());
        model.addAttribute("readingForm", new LicenseReadingForm());
        return view(id, htmx, me, model);
    }

    @PostMapping("/accounts/{id}/first-value")
    String enterFirstValue(
            @PathVariable UUID id,
            @Valid @ModelAttribute("firstValueForm") FirstValueForm form,
            BindingResult errors,
            HtmxRequest htmx,
            CurrentUser me,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        return FormSubmission.of(errors, response)
                .submit(
                        () -> {
                            licenseUsage.enterFirstValue(id, Objects.requireNonNull(form.getFirstValueDate()), me);
                            return saved(id, "account.firstValue.saved", htmx, me, model, response, redirect);
                        },
                        () -> {
                            model.addAttribute("readingForm", new LicenseReadingForm());
                            return view(id, htmx, me, model);
                        });
    }

    @PostMapping("/accounts/{id}/license-usage")
    String recordReading(
            @PathVariable UUID id,
            @Valid @ModelAttribute("readingForm") LicenseReadingForm form,
            BindingResult errors,
            HtmxRequest htmx,
            CurrentUser me,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect) {
        return FormSubmission.of(errors, response)
                .renaming("date", "readingDate")
                .submit(
                        () -> {
                            licenseUsage.recordByHand(
                                    id,
                                    Objects.requireNonNull(form.getReadingDate()),
                                    Objects.requireNonNull(form.getUtilizationPercent()),
                                    me);
                            return saved(id, "account.licenseUsage.saved", htmx, me, model, response, redirect);
                        },
                        () -> {
                            model.addAttribute("firstValueForm", new FirstValueForm());
                            return view(id, htmx, me, model);
                        });
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
            // Panels that show the First Value Date (time to value) reload themselves on this event.
            response.setHeader("HX-Trigger", FIRST_VALUE_CHANGED);
            model.addAttribute("message", message);
            return panel(id, htmx, me, model);
        });
    }

    /** htmx swaps in the section; a browser without JavaScript gets it as a page of its own. */
    private String view(UUID id, HtmxRequest htmx, CurrentUser me, Model model) {
        return htmx.view(panelView(id, me, model), PAGE);
    }

    private String panelView(UUID id, CurrentUser me, Model model) {
        LicenseUsagePanel panel = licenseUsage.panel(id, me);
        model.addAttribute("panel", panel);
        if (!panel.readings().isEmpty()) {
            var locale = LocaleContextHolder.getLocale();
            var labels = new UtilizationChart.Labels(
                    messages.getMessage("account.licenseUsage.chart.cloudLicense", null, locale),
                    messages.getMessage("account.licenseUsage.chart.manual", null, locale),
                    messages.getMessage(
                            "account.licenseUsage.chart.threshold", new Object[] {panel.thresholdPercent()}, locale),
                    messages.getMessage("account.licenseUsage.chart.axis", null, locale));
            model.addAttribute("chart", UtilizationChart.json(panel, labels, json));
        }
        return PANEL;
    }
}
