package dev.facet.account.web;

import dev.facet.account.AccountDetails;
import dev.facet.account.AccountView;
import dev.facet.account.DeploymentType;
import dev.facet.account.LifecycleStage;
import dev.facet.account.ProductTier;
import dev.facet.account.Region;
import dev.facet.account.Segment;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** The manager's account form; never the entity itself. */
public class AccountForm {

    @NotBlank
    @Size(max = 64)
    @Pattern(regexp = "[A-Za-z0-9._:-]+", message = "{account.crmId.pattern}")
    private @Nullable String crmId;

    @NotBlank
    @Size(max = 200)
    private @Nullable String name;

    @NotNull
    private @Nullable Segment segment;

    @NotNull
    private @Nullable Region region;

    private boolean publicSector;

    @NotNull
    private @Nullable DeploymentType deploymentType;

    @NotNull
    private @Nullable ProductTier productTier;

    @NotNull
    @PositiveOrZero
    @Max(10_000_000)
    private @Nullable Integer seats;

    @NotNull
    @DecimalMin("0")
    @Digits(integer = 12, fraction = 2)
    private @Nullable BigDecimal arr;

    @NotNull
    private @Nullable LocalDate originalContractDate;

    private boolean onboardingPilot;
    private @Nullable UUID tamId;

    /** The manager confirmed giving the account to a TAM who has not graduated from team onboarding. */
    private boolean confirmUngraduated;

    @Size(max = 200)
    private @Nullable String salesOwner;

    @Size(max = 200)
    private @Nullable String solutionsArchitect;

    @NotNull
    private @Nullable LifecycleStage lifecycleStage = LifecycleStage.PROSPECT;

    private long version;

    static AccountForm of(AccountView account) {
        var form = new AccountForm();
        form.crmId = account.crmId();
        form.name = account.name();
        form.segment = account.segment();
        form.region = account.region();
        form.publicSector = account.publicSector();
        form.deploymentType = account.deploymentType();
        form.productTier = account.productTier();
        form.seats = account.seats();
        form.arr = account.arr();
        form.originalContractDate = account.originalContractDate();
        form.onboardingPilot = account.onboardingPilot();
        form.tamId = account.tamId();
        form.salesOwner = account.salesOwner();
        form.solutionsArchitect = account.solutionsArchitect();
        form.lifecycleStage = account.lifecycleStage();
        form.version = account.version();
        return form;
    }

    /** Only called once Bean Validation passed, so the required fields are set. */
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

    public @Nullable String getCrmId() {
        return crmId;
    }

    public void setCrmId(@Nullable String crmId) {
        this.crmId = crmId;
    }

    public @Nullable String getName() {
        return name;
    }

    public void setName(@Nullable String name) {
        this.name = name;
    }

    public @Nullable Segment getSegment() {
        return segment;
    }

    public void setSegment(@Nullable Segment segment) {
        this.segment = segment;
    }

    public @Nullable Region getRegion() {
        return region;
    }

    public void setRegion(@Nullable Region region) {
        this.region = region;
    }

    public boolean isPublicSector() {
        return publicSector;
    }

    public void setPublicSector(boolean publicSector) {
        this.publicSector = publicSector;
    }

    public @Nullable DeploymentType getDeploymentType() {
        return deploymentType;
    }

    public void setDeploymentType(@Nullable DeploymentType deploymentType) {
        this.deploymentType = deploymentType;
    }

    public @Nullable ProductTier getProductTier() {
        return productTier;
    }

    public void setProductTier(@Nullable ProductTier productTier) {
        this.productTier = productTier;
    }

    public @Nullable Integer getSeats() {
        return seats;
    }

    public void setSeats(@Nullable Integer seats) {
        this.seats = seats;
    }

    public @Nullable BigDecimal getArr() {
        return arr;
    }

    public void setArr(@Nullable BigDecimal arr) {
        this.arr = arr;
    }

    public @Nullable LocalDate getOriginalContractDate() {
        return originalContractDate;
    }

    public void setOriginalContractDate(@Nullable LocalDate originalContractDate) {
        this.originalContractDate = originalContractDate;
    }

    public boolean isOnboardingPilot() {
        return onboardingPilot;
    }

    public void setOnboardingPilot(boolean onboardingPilot) {
        this.onboardingPilot = onboardingPilot;
    }

    public @Nullable UUID getTamId() {
        return tamId;
    }

    public void setTamId(@Nullable UUID tamId) {
        this.tamId = tamId;
    }

    public boolean isConfirmUngraduated() {
        return confirmUngraduated;
    }

    public void setConfirmUngraduated(boolean confirmUngraduated) {
        this.confirmUngraduated = confirmUngraduated;
    }

    public @Nullable String getSalesOwner() {
        return salesOwner;
    }

    public void setSalesOwner(@Nullable String salesOwner) {
        this.salesOwner = salesOwner;
    }

    public @Nullable String getSolutionsArchitect() {
        return solutionsArchitect;
    }

    public void setSolutionsArchitect(@Nullable String solutionsArchitect) {
        this.solutionsArchitect = solutionsArchitect;
    }

    public @Nullable LifecycleStage getLifecycleStage() {
        return lifecycleStage;
    }

    public void setLifecycleStage(@Nullable LifecycleStage lifecycleStage) {
        this.lifecycleStage = lifecycleStage;
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }
}
