package dev.facet.account;

public enum Sentiment {
    GREEN,
    YELLOW,
    RED;
}
