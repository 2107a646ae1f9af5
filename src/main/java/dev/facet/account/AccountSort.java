package dev.facet.account;

/** The columns the account list sorts by; a whitelist, so no user text reaches the query. */
public enum AccountSort {
    NAME("lower(a.name)"),
    SEGMENT("a.segment"),
    REGION("a.region"),
    SEATS("a.seats"),
    ARR("a.arr"),
    TAV("a.totalAccountValue"),
    GEMSTONE("case a.gemstone when dev.facet.account.Gemstone.DIAMOND then 0"
            + " when dev.facet.account.Gemstone.PEARL then 1 when dev.facet.account.Gemstone.SAPPHIRE then 2"
            + " when dev.facet.account.Gemstone.RUBY then 3 when dev.facet.account.Gemstone.QUARTZ then 4 else 5 end"),
    LIFECYCLE("a.lifecycleStage");

    private final String expression;

    AccountSort(String expression) {
        this.expression = expression;
    }

    String expression() {
        return expression;
    }
}
