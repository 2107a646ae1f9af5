package dev.facet.gemstone;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/** The single row of gemstone thresholds. */
@Entity
@Table(name = "gemstone_threshold")
class ThresholdRow {

    static final int ONLY_ROW = 1;

    @Id
    private int id;

    private int diamondSeats;
    private int diamondTopTierSeats;
    private BigDecimal diamondTav;
    private int pearlSeats;
    private int pearlTopTierSeats;
    private BigDecimal pearlTav;
    private int sapphireSeats;
    private BigDecimal sapphirePaidTierTav;
    private int rubySeats;
    private BigDecimal rubyTav;

    @Version
    private @Nullable Long version;

    protected ThresholdRow() {}

    void change(GemstoneThresholds t) {
        this.diamondSeats = Math.toIntExact(t.diamondSeats());
        this.diamondTopTierSeats = Math.toIntExact(t.diamondTopTierSeats());
        this.diamondTav = t.diamondTav();
        this.pearlSeats = Math.toIntExact(t.pearlSeats());
        this.pearlTopTierSeats = Math.toIntExact(t.pearlTopTierSeats());
        this.pearlTav = t.pearlTav();
        this.sapphireSeats = Math.toIntExact(t.sapphireSeats());
        this.sapphirePaidTierTav = t.sapphirePremiumTav();
        this.rubySeats = Math.toIntExact(t.rubySeats());
        this.rubyTav = t.rubyTav();
    }

    long version() {
        return version == null ? 0 : version;
    }

    GemstoneThresholds thresholds() {
        return new GemstoneThresholds(
                diamondSeats,
                diamondTopTierSeats,
                diamondTav,
                pearlSeats,
                pearlTopTierSeats,
                pearlTav,
                sapphireSeats,
                sapphirePaidTierTav,
                rubySeats,
                rubyTav);
    }
}
