package dev.facet.account.web;

import dev.facet.account.AccountView;
import dev.facet.account.C360Changes;
import dev.facet.account.DeploymentType;
import dev.facet.account.DevOpsStage;
import dev.facet.account.Sentiment;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** The TAM's C360 form: sentiment, deployment type, and the date each DevOps stage was adopted. */
public class C360Form {

    private @Nullable Sentiment sentiment;

    @NotNull
    private @Nullable DeploymentType deploymentType;

    /** Keyed by stage name; an empty date means "not adopted". */
    private Map<DevOpsStage, @Nullable LocalDate> stageAdoption = new EnumMap<>(DevOpsStage.class);

    private long version;

    static C360Form of(AccountView account) {
        var form = new C360Form();
        form.sentiment = account.sentiment();
        form.deploymentType = account.deploymentType();
        form.stageAdoption.putAll(account.stageAdoption());
        form.version = account.version();
        return form;
    }

    @SuppressWarnings("NullAway")
    C360Changes changes() {
        Map<DevOpsStage, LocalDate> adopted = new EnumMap<>(DevOpsStage.class);
        stageAdoption.forEach((stage, date) -> {
            if (date != null) {
                adopted.put(stage, date);
            }
        });
        return new C360Changes(sentiment, deploymentType, adopted, version);
    }

    public @Nullable Sentiment getSentiment() {
        return sentiment;
    }

    public void setSentiment(@Nullable Sentiment sentiment) {
        this.sentiment = sentiment;
    }

    public @Nullable DeploymentType getDeploymentType() {
        return deploymentType;
    }

    public void setDeploymentType(@Nullable DeploymentType deploymentType) {
        this.deploymentType = deploymentType;
    }

    public Map<DevOpsStage, @Nullable LocalDate> getStageAdoption() {
        return stageAdoption;
    }

    public void setStageAdoption(Map<DevOpsStage, @Nullable LocalDate> stageAdoption) {
        this.stageAdoption = stageAdoption;
    }

    public long getVersion() {
        return version;
    }

    public void setVersion(long version) {
        this.version = version;
    }
}
