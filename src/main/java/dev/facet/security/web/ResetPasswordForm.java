package dev.facet.security.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

public class ResetPasswordForm {

    @NotBlank
    @Size(max = 200)
    private @Nullable String password;

    public @Nullable String getPassword() {
        return password;
    }

    public void setPassword(@Nullable String password) {
        this.password = password;
    }
}
