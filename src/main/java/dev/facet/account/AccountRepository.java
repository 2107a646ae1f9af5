package dev.facet.account;

import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface AccountRepository extends JpaRepository<Account, UUID> {

    Optional<Account> findByCrmId(String crmId);

    @Query("select o.account.crmId from Opportunity o where o.crmId = :opportunityCrmId")
    Optional<String> findAccountCrmIdOfOpportunity(String opportunityCrmId);
}
