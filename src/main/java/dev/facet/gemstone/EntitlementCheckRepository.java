package dev.facet.gemstone;

import java.util.List;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface EntitlementCheckRepository extends JpaRepository<EntitlementCheck, EntitlementCheck.Key> {

    @Query("select c from EntitlementCheck c where c.key.accountId = :accountId")
    List<EntitlementCheck> findByAccount(UUID accountId);
}
