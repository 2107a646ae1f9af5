package dev.facet.cta.rules;

/** A rule fired: which one, in which version, and the inputs that made it fire, in words. */
public record RuleFiring(TriggerRule rule, int version, String inputs) {

    public RuleFiring and(String moreInputs) {
        return new RuleFiring(rule, version, inputs + "; " + moreInputs);
    }
}
