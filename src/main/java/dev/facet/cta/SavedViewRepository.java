package dev.facet.cta;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface SavedViewRepository extends JpaRepository<SavedView, UUID> {

    @Query("select v from SavedView v where v.userId = :userId order by lower(v.name), v.id")
    List<SavedView> findOfUser(UUID userId);

    @Query("select v from SavedView v where v.userId = :userId and lower(v.name) = lower(:name)")
    Optional<SavedView> findNamed(UUID userId, String name);

    @Query("select v from SavedView v where v.userId = :userId and v.defaultView = true")
    Optional<SavedView> findDefault(UUID userId);

    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query("update SavedView v set v.defaultView = false where v.userId = :userId and v.defaultView = true")
    int clearDefault(UUID userId);

    long countByUserId(UUID userId);
}
