package dev.facet.cta.web;

import dev.facet.account.Sentiment;
import dev.facet.cta.DelayCause;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/** An onboarding delay: who it comes from, why, and the account's revised sentiment. */
public class DelayForm {

    @NotNull(message = "{cta.delay.cause.required}")
    private @Nullable DelayCause cause;

    @NotBlank(message = "{cta.delay.reason.required}")
    @Size(max = 2000, message = "{cta.delay.reason.tooLong}")
    private @Nullable String reason;

    @NotNull(message = "{cta.delay.sentiment.required}")
    private @Nullable Sentiment sentiment;

    public @Nullable DelayCause getCause() {
        return cause;
    }

    public void setCause(@Nullable DelayCause cause) {
        this.cause = cause;
    }

    public @Nullable String getReason() {
        return reason;
    }

    public void setReason(@Nullable String reason) {
        this.reason = reason;
    }

    public @Nullable Sentiment getSentiment() {
        return sentiment;
    }

    public void setSentiment(@Nullable Sentiment sentiment) {
        this.sentiment = sentiment;
    }
}
