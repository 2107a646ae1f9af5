package dev.facet.email.web;

import dev.facet.email.EmailTemplateView;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A template's subject and body as the admin types them, with the version they started from. */
public class EditEmailTemplateForm {

    /** Mirrors the module's limits, so the form says so before the module has to. */
    static final int MAX_SUBJECT = 300;

    static final int MAX_BODY = 20_000;

    @NotBlank
    @Size(max = MAX_SUBJECT)
    private String subject = "";

    @NotBlank
    @Size(max = MAX_BODY)
    private String body = "";

    private long basedOnVersion;

    static EditEmailTemplateForm of(EmailTemplateView template) {
        return of(template.subject(), template.body(), template.version());
    }

    static EditEmailTemplateForm of(String subject, String body, long basedOnVersion) {
        var form = new EditEmailTemplateForm();
        form.subject = subject;
        form.body = body;
        form.basedOnVersion = basedOnVersion;
        return form;
    }

    /** Too much to render on every keystroke; the save says so as a field error. */
    boolean tooLongToPreview() {
        return subject.length() > MAX_SUBJECT || body.length() > MAX_BODY;
    }

    public String getSubject() {
        return subject;
    }

    public void setSubject(String subject) {
        this.subject = subject;
    }

    public String getBody() {
        return body;
    }

    public void setBody(String body) {
        this.body = body;
    }

    public long getBasedOnVersion() {
        return basedOnVersion;
    }

    public void setBasedOnVersion(long basedOnVersion) {
        this.basedOnVersion = basedOnVersion;
    }
}
