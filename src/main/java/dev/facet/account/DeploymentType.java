package dev.facet.account;

public enum DeploymentType {
    SAAS,
    SELF_MANAGED,
    DEDICATED;
}
