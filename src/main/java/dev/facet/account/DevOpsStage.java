package dev.facet.account;

public enum DevOpsStage {
    PLAN,
    CREATE,
    VERIFY,
    PACKAGE,
    SECURE,
    RELEASE,
    CONFIGURE,
    MONITOR,
    GOVERN;
}
