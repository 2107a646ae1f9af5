package dev.facet.cta.rules;

import java.math.BigDecimal;
import java.util.Locale;

/** Dollar amounts as the explanations show them: "$62,000", or "$49,999.50" when there are cents. */
public final class Money {

    private Money() {}

    public static String dollars(BigDecimal amount) {
        boolean whole = amount.stripTrailingZeros().scale() <= 0;
        return String.format(Locale.US, whole ? "$%,.0f" : "$%,.2f", amount);
    }
}
