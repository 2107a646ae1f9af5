package dev.facet.account;

import java.time.LocalDate;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** What the account's TAM maintains on the C360: sentiment, deployment type and stage adoption. */
public record C360Changes(
        @Nullable Sentiment sentiment,
        DeploymentType deploymentType,
        Map<DevOpsStage, LocalDate> stageAdoption,
        long version) {}
