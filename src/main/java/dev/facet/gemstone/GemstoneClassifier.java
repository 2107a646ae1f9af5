package dev.facet.gemstone;

import dev.facet.account.Gemstone;
import dev.facet.account.ProductTier;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.Locale;

/**
 * DOMAIN 2: the first row of the gemstone table that matches wins, and the answer says which
 * clause matched ("seats 2,345 > 2,000 on Ultimate").
 */
public final class GemstoneClassifier {

    private final GemstoneThresholds t;

    public GemstoneClassifier(GemstoneThresholds thresholds) {
        this.t = thresholds;
    }

    public Classification classify(GemstoneFacts f) {
        long seats = f.seats();
        BigDecimal tav = f.totalAccountValue();
        ProductTier tier = f.tier();

        if (seats > t.diamondSeats()) {
            return seatsOver(Gemstone.DIAMOND, seats, t.diamondSeats());
        }
        if (seats > t.diamondTopTierSeats() && tier.isTopTier()) {
            return seatsOverOnTier(Gemstone.DIAMOND, seats, t.diamondTopTierSeats(), tier);
        }
        if (tav.compareTo(t.diamondTav()) > 0) {
            return tavOver(Gemstone.DIAMOND, tav, t.diamondTav());
        }
        if (seats > t.pearlSeats()) {
            return seatsOver(Gemstone.PEARL, seats, t.pearlSeats());
        }
        if (seats > t.pearlTopTierSeats() && tier.isTopTier()) {
            return seatsOverOnTier(Gemstone.PEARL, seats, t.pearlTopTierSeats(), tier);
        }
        if (tav.compareTo(t.pearlTav()) > 0) {
            return tavOver(Gemstone.PEARL, tav, t.pearlTav());
        }
        if (seats > t.sapphireSeats()) {
            return seatsOver(Gemstone.SAPPHIRE, seats, t.sapphireSeats());
        }
        if (tier.isPremiumOrAbove() && tav.compareTo(t.sapphirePremiumTav()) > 0) {
            return new Classification(
                    Gemstone.SAPPHIRE,
                    "TAV " + money(tav) + " > " + money(t.sapphirePremiumTav()) + " on " + tierName(tier));
        }
        if (seats > t.rubySeats()) {
            return seatsOver(Gemstone.RUBY, seats, t.rubySeats());
        }
        if (tav.compareTo(t.rubyTav()) > 0) {
            return tavOver(Gemstone.RUBY, tav, t.rubyTav());
        }
        return new Classification(
                Gemstone.QUARTZ,
                "no threshold met: seats " + number(seats) + " <= " + number(t.rubySeats()) + " and TAV " + money(tav)
                        + " <= " + money(t.rubyTav()));
    }

    private static Classification seatsOver(Gemstone gemstone, long seats, long threshold) {
        return new Classification(gemstone, "seats " + number(seats) + " > " + number(threshold));
    }

    private static Classification seatsOverOnTier(Gemstone gemstone, long seats, long threshold, ProductTier tier) {
        return new Classification(
                gemstone, "seats " + number(seats) + " > " + number(threshold) + " on " + tierName(tier));
    }

    private static Classification tavOver(Gemstone gemstone, BigDecimal tav, BigDecimal threshold) {
        return new Classification(gemstone, "TAV " + money(tav) + " > " + money(threshold));
    }

    private static String number(long value) {
        return NumberFormat.getIntegerInstance(Locale.US).format(value);
    }

    private static String money(BigDecimal value) {
        NumberFormat format = NumberFormat.getCurrencyInstance(Locale.US);
        format.setMaximumFractionDigits(value.stripTrailingZeros().scale() > 0 ? 2 : 0);
        format.setMinimumFractionDigits(0);
        return format.format(value);
    }

    private static String tierName(ProductTier tier) {
        String name = tier.name().toLowerCase(Locale.ROOT);
        return Character.toUpperCase(name.charAt(0)) + name.substring(1);
    }
}
