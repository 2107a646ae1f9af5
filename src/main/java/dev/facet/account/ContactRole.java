package dev.facet.account;

public enum ContactRole {
    ADMIN,
    EXECUTIVE_SPONSOR,
    TECHNICAL,
    BILLING,
    CHAMPION;
}
