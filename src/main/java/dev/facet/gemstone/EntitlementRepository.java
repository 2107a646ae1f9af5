package dev.facet.gemstone;

import dev.facet.account.Gemstone;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface EntitlementRepository extends JpaRepository<Entitlement, Integer> {

    List<Entitlement> findByGemstoneOrderByPosition(Gemstone gemstone);
}
