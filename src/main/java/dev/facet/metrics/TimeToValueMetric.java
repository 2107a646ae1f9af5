package dev.facet.metrics;

/** The three time-to-value metrics of DOMAIN 7, named as in the metric_goal table. */
public enum TimeToValueMetric {
    /** First CALL or MEETING timeline entry − onboarding CTA start date (0 when earlier). */
    TIME_TO_ENGAGE("timeToEngage"),
    /** First Value Date − original contract date. */
    TIME_TO_FIRST_VALUE("timeToFirstValue"),
    /** Onboarding CTA closed date − its start date. */
    TIME_TO_ONBOARD("timeToOnboard");

    private final String key;

    TimeToValueMetric(String key) {
        this.key = key;
    }

    /** The camel-case name used by the API, form fields and message keys. */
    public String key() {
        return key;
    }
}
