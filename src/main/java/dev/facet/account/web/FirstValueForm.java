package dev.facet.account.web;

import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** The First Value Date a TAM enters for an account without cloud-license data. */
public class FirstValueForm {

    @NotNull(message = "{account.firstValue.required}")
    private @Nullable LocalDate firstValueDate;

    public @Nullable LocalDate getFirstValueDate() {
        return firstValueDate;
    }

    public void setFirstValueDate(@Nullable LocalDate firstValueDate) {
        this.firstValueDate = firstValueDate;
    }
}
