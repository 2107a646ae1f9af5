package dev.facet.account.api;

import dev.facet.account.AccountDetails;
import dev.facet.account.ContactDetails;
import dev.facet.account.DeploymentType;
import dev.facet.account.ProductTier;
import dev.facet.account.Region;
import dev.facet.account.Segment;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** The body of {@code PUT /api/v1/accounts/{crmId}}. */
record AccountPayload(
        @NotBlank @Size(max = 200) @Nullable String name,
        @NotNull @Nullable Segment segment,
        @NotNull @Nullable Region region,
        @NotNull @Nullable Boolean publicSector,
        @NotNull @Nullable DeploymentType deploymentType,
        @NotNull @Nullable ProductTier productTier,
        @NotNull @PositiveOrZero @Nullable Integer seats,

        @NotNull @DecimalMin("0") @Digits(integer = 12, fraction = 2) @Nullable
        BigDecimal arr,

        @NotNull @Nullable LocalDate originalContractDate,
        @NotNull @Nullable Boolean onboardingPilot,

        @Schema(description = "The TAM's username, or null for none", nullable = true) @Nullable
        String tam,

        @Size(max = 200) @Nullable String salesOwner,
        @Size(max = 200) @Nullable String solutionsArchitect,

        @Schema(
                description = "Replaces the account's contacts; omit to leave them as they are. Each email is"
                        + " one bare address (no display name, no line break), and no two contacts share one.",
                nullable = true)
        @Valid
        @Nullable
        List<@NotNull ContactPayload> contacts) {

    @SuppressWarnings("NullAway")
    AccountDetails details() {
        return new AccountDetails(
                name,
                segment,
                region,
                publicSector,
                deploymentType,
                productTier,
                seats,
                arr,
                originalContractDate,
                onboardingPilot,
                salesOwner,
                solutionsArchitect);
    }

    @Nullable
    List<ContactDetails> contactDetails() {
        return contacts == null
                ? null
                : contacts.stream().map(ContactPayload::details).toList();
    }
}
