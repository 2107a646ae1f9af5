package dev.facet.account;

public record OpportunityUpsert(OpportunityView opportunity, boolean created) {}
