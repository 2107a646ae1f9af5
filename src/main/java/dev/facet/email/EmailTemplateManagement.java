package dev.facet.email;

import dev.facet.shared.NotFoundException;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The enablement email templates and the program's settings. */
@Service
@Transactional
public class EmailTemplateManagement {

    private final EmailTemplateRepository templates;
    private final EmailSettingsStore settings;

    EmailTemplateManagement(EmailTemplateRepository templates, EmailSettingsStore settings) {
        this.templates = templates;
        this.settings = settings;
    }

    /** All ten templates, SaaS first, each variant in sending order. */
    @Transactional(readOnly = true)
    public List<EmailTemplateView> templates() {
        return templates.findAllByOrderByVariantAscNumberAsc().stream()
                .map(EmailTemplate::view)
                .toList();
    }

    @Transactional(readOnly = true)
    public EmailTemplateView template(UUID id) {
        return templates
                .findById(id)
                .map(EmailTemplate::view)
                .orElseThrow(() -> new NotFoundException("Email template", id));
    }

    /** The template the program sends as email {@code number} (1 to 5) of {@code variant}. */
    @Transactional(readOnly = true)
    public EmailTemplateView template(EmailVariant variant, int number) {
        return templates
                .findByVariantAndNumber(variant, number)
                .map(EmailTemplate::view)
                .orElseThrow(() -> new NotFoundException("Email template", variant + " " + number));
    }

    @Transactional(readOnly = true)
    public EmailProgramSettings settings() {
        return settings.load();
    }
}
