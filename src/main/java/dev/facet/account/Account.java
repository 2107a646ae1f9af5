package dev.facet.account;

import dev.facet.shared.Ids;
import dev.facet.shared.NotFoundException;
import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.MapKeyEnumerated;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** A customer: the aggregate of its CRM facts, opportunities, contacts and C360 fields. */
@Entity
@Table(name = "account")
class Account {

    @Id
    private UUID id;

    private String crmId;
    private String name;

    @Enumerated(EnumType.STRING)
    private Segment segment;

    @Enumerated(EnumType.STRING)
    private Region region;

    private boolean publicSector;

    @Enumerated(EnumType.STRING)
    private DeploymentType deploymentType;

    @Enumerated(EnumType.STRING)
    private ProductTier productTier;

    private int seats;
    private BigDecimal arr;
    private LocalDate originalContractDate;
    private boolean onboardingPilot;
    private @Nullable UUID tamId;
    private @Nullable String salesOwner;
    private @Nullable String solutionsArchitect;

    @Enumerated(EnumType.STRING)
    private LifecycleStage lifecycleStage;

    @Enumerated(EnumType.STRING)
    private @Nullable Sentiment sentiment;

    // Written only by single-column updates (LicenseUsageManagement), never by saving the entity, so a
    // concurrent CRM update or C360 edit cannot put back an older First Value Date.
    @Column(updatable = false)
    private @Nullable LocalDate firstValueDate;

    @Column(updatable = false)
    @Enumerated(EnumType.STRING)
    private @Nullable FirstValueSource firstValueSource;

    @Column(updatable = false)
    private @Nullable UUID firstValueSetBy;

    private boolean atRisk;
    private BigDecimal totalAccountValue = BigDecimal.ZERO;

    @Enumerated(EnumType.STRING)
    private @Nullable Gemstone gemstone;

    private @Nullable String gemstoneReason;
    private Instant createdAt;
    private Instant updatedAt;

    @Version
    private @Nullable Long version;

    @OneToMany(mappedBy = "account", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("closeDate desc")
    private List<Opportunity> opportunities = new ArrayList<>();

    @OneToMany(mappedBy = "account", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<Contact> contacts = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "account_stage_adoption", joinColumns = @JoinColumn(name = "account_id"))
    @MapKeyColumn(name = "stage")
    @MapKeyEnumerated(EnumType.STRING)
    @Column(name = "adopted_on")
    private Map<DevOpsStage, LocalDate> stageAdoption = new EnumMap<>(DevOpsStage.class);

    protected Account() {}

    Account(String crmId, AccountDetails details, Instant now) {
        this.id = Ids.newId();
        this.crmId = crmId;
        this.lifecycleStage = LifecycleStage.PROSPECT;
        this.createdAt = now;
        apply(details, now);
    }

    /** Applies the CRM-owned attributes; returns whether the gemstone's inputs (seats, tier) changed. */
    boolean apply(AccountDetails details, Instant now) {
        boolean sizingChanged = seats != details.seats() || productTier != details.productTier();
        this.name = details.name().trim();
        this.segment = details.segment();
        this.region = details.region();
        this.publicSector = details.publicSector();
        this.deploymentType = details.deploymentType();
        this.productTier = details.productTier();
        this.seats = details.seats();
        this.arr = details.arr();
        this.originalContractDate = details.originalContractDate();
        this.onboardingPilot = details.onboardingPilot();
        this.salesOwner = blankToNull(details.salesOwner());
        this.solutionsArchitect = blankToNull(details.solutionsArchitect());
        this.updatedAt = now;
        return sizingChanged;
    }

    void assignTam(@Nullable UUID tamId) {
        this.tamId = tamId;
    }

    void touch(Instant now) {
        this.updatedAt = now;
    }

    BigDecimal arr() {
        return arr;
    }

    boolean onboardingPilot() {
        return onboardingPilot;
    }

    void moveTo(LifecycleStage stage) {
        this.lifecycleStage = stage;
    }

    void editC360(C360Changes changes, Instant now) {
        this.sentiment = changes.sentiment();
        this.deploymentType = changes.deploymentType();
        this.stageAdoption.clear();
        this.stageAdoption.putAll(changes.stageAdoption());
        this.updatedAt = now;
    }

    /**
     * The CRM's list replaces the contacts, unless it says the same (same people, emails, roles, order):
     * then nothing is written. Returns whether the contacts changed.
     */
    boolean replaceContacts(List<ContactDetails> details) {
        ContactPolicy.checkAll(details, "contacts");
        List<ContactDetails> incoming = details.stream().map(Contact::normalize).toList();
        if (incoming.equals(contacts.stream().map(Contact::details).toList())) {
            return false;
        }
        contacts.clear();
        for (int i = 0; i < incoming.size(); i++) {
            contacts.add(new Contact(this, i, incoming.get(i)));
        }
        return true;
    }

    /** A contact added by hand goes last. */
    Contact addContact(ContactDetails details, Instant now) {
        ContactPolicy.check(details, "");
        requireUniqueEmail(details.email(), null);
        int position = contacts.stream().mapToInt(Contact::position).max().orElse(-1) + 1;
        var contact = new Contact(this, position, details);
        contacts.add(contact);
        this.updatedAt = now;
        return contact;
    }

    /** Returns whether anything changed; an unknown contact (or one of another account) is not found. */
    boolean editContact(UUID contactId, ContactDetails details, Instant now) {
        Contact contact = contact(contactId);
        ContactPolicy.check(details, "");
        requireUniqueEmail(details.email(), contactId);
        boolean changed = contact.change(details);
        if (changed) {
            this.updatedAt = now;
        }
        return changed;
    }

    void removeContact(UUID contactId, Instant now) {
        contacts.remove(contact(contactId));
        this.updatedAt = now;
    }

    private Contact contact(UUID contactId) {
        return contacts.stream()
                .filter(c -> c.id().equals(contactId))
                .findFirst()
                .orElseThrow(() -> new NotFoundException("Contact", contactId));
    }

    private void requireUniqueEmail(String email, @Nullable UUID except) {
        String key = ContactPolicy.emailKey(email);
        boolean taken = contacts.stream()
                .filter(c -> !c.id().equals(except))
                .anyMatch(c -> ContactPolicy.emailKey(c.email()).equals(key));
        if (taken) {
            throw ContactPolicy.duplicate("email");
        }
    }

    Optional<Opportunity> opportunity(String opportunityCrmId) {
        return opportunities.stream()
                .filter(o -> o.crmId().equals(opportunityCrmId))
                .findFirst();
    }

    Opportunity addOpportunity(String opportunityCrmId, OpportunityDetails details, Instant now) {
        var opportunity = new Opportunity(this, opportunityCrmId, details, now);
        opportunities.add(opportunity);
        this.updatedAt = now;
        return opportunity;
    }

    /** Recomputes TAV from the opportunities; returns whether it changed. */
    boolean recomputeTotalAccountValue(LocalDate today, MonthDay fiscalYearStart) {
        BigDecimal tav = TotalAccountValueCalculator.calculate(
                opportunities.stream().map(Opportunity::facts).toList(), today, fiscalYearStart);
        boolean changed = totalAccountValue.compareTo(tav) != 0;
        this.totalAccountValue = tav;
        return changed;
    }

    void recordGemstone(Gemstone gemstone, String reason) {
        this.gemstone = gemstone;
        this.gemstoneReason = reason;
    }

    AccountFactsChanged factsChanged() {
        return new AccountFactsChanged(id, seats, productTier, totalAccountValue, originalContractDate);
    }

    AccountView view() {
        return new AccountView(
                id,
                crmId,
                name,
                segment,
                region,
                publicSector,
                deploymentType,
                productTier,
                seats,
                arr,
                originalContractDate,
                onboardingPilot,
                tamId,
                salesOwner,
                solutionsArchitect,
                lifecycleStage,
                sentiment,
                firstValueDate,
                atRisk,
                totalAccountValue,
                gemstone,
                gemstoneReason,
                Map.copyOf(stageAdoption),
                opportunities.stream().map(Opportunity::view).toList(),
                contacts.stream().map(Contact::view).toList(),
                createdAt,
                updatedAt,
                version());
    }

    UUID id() {
        return id;
    }

    String crmId() {
        return crmId;
    }

    @Nullable
    UUID tamId() {
        return tamId;
    }

    long version() {
        return version == null ? 0 : version;
    }

    private static @Nullable String blankToNull(@Nullable String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
