package dev.facet.account;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface AccountRepository extends JpaRepository<Account, UUID> {

    Optional<Account> findByCrmId(String crmId);

    // Reactions of other modules (lifecycle, risk, sentiment) change one column without the version
    // check, so they never fail against a concurrent CRM update nor make a user's open form stale.
    @Modifying(flushAutomatically = true)
    @Query("update Account a set a.lifecycleStage = :stage, a.updatedAt = :now where a.id = :id")
    int updateLifecycleStage(UUID id, LifecycleStage stage, java.time.Instant now);

    @Modifying(flushAutomatically = true)
    @Query("update Account a set a.atRisk = :atRisk, a.updatedAt = :now where a.id = :id")
    int setAtRisk(UUID id, boolean atRisk, java.time.Instant now);

    @Modifying(flushAutomatically = true)
    @Query("update Account a set a.sentiment = :sentiment, a.updatedAt = :now where a.id = :id")
    int updateSentiment(UUID id, Sentiment sentiment, java.time.Instant now);

    // The First Value Date, like the columns above, changes without the version check; the entity
    // maps these columns as not updatable, so only this statement writes them.
    @Modifying(flushAutomatically = true)
    @Query("update Account a set a.firstValueDate = :date, a.firstValueSource = :source,"
            + " a.firstValueSetBy = :setBy, a.updatedAt = :now where a.id = :id")
    int updateFirstValue(
            UUID id,
            @Nullable LocalDate date,
            @Nullable FirstValueSource source,
            @Nullable UUID setBy,
            java.time.Instant now);

    String FIRST_VALUE_FACTS = "select new dev.facet.account.FirstValueFacts(a.id, a.crmId, a.name, a.tamId,"
            + " a.originalContractDate, a.firstValueDate, a.firstValueSource, a.firstValueSetBy) from Account a";

    @Query(FIRST_VALUE_FACTS + " where a.id = :id")
    Optional<FirstValueFacts> findFirstValueFacts(UUID id);

    @Query(FIRST_VALUE_FACTS + " where a.id in :ids")
    List<FirstValueFacts> findFirstValueFactsIn(java.util.Collection<UUID> ids);

    @Query(FIRST_VALUE_FACTS + " where a.crmId = :crmId")
    Optional<FirstValueFacts> findFirstValueFactsByCrmId(String crmId);

    @Query("select new dev.facet.account.AccountName(a.id, a.name) from Account a where a.id in :ids")
    List<AccountName> findNames(java.util.Collection<UUID> ids);

    /** Serializes writers of one CRM id until the transaction ends (lock class 1: accounts by CRM id). */
    @Query(
            value = "select count(*) from (select pg_advisory_xact_lock(1, hashtext(:crmId))) locked",
            nativeQuery = true)
    long lockCrmId(String crmId);

    @Query("select new dev.facet.account.AccountFacts(a.id, a.seats, a.productTier, a.totalAccountValue)"
            + " from Account a where a.id > :after order by a.id limit :size")
    List<AccountFacts> findFactsAfter(UUID after, int size);

    @Query("select c from Contact c where c.account.id = :accountId order by c.position")
    List<Contact> findContactsOfAccount(UUID accountId);

    @Query("select o.account.crmId from Opportunity o where o.crmId = :opportunityCrmId")
    Optional<String> findAccountCrmIdOfOpportunity(String opportunityCrmId);
}
