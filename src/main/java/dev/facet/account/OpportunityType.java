package dev.facet.account;

public enum OpportunityType {
    NEW_BUSINESS,
    ADD_ON,
    RENEWAL;
}
