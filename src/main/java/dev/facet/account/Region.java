package dev.facet.account;

public enum Region {
    AMER,
    EMEA,
    APAC;
}
