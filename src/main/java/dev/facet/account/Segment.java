package dev.facet.account;

public enum Segment {
    ENTERPRISE,
    MID_MARKET,
    SMB;
}
