package dev.facet.email;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;

interface EmailTemplateRepository extends JpaRepository<EmailTemplate, UUID> {

    List<EmailTemplate> findAllByOrderByVariantAscNumberAsc();

    Optional<EmailTemplate> findByVariantAndNumber(EmailVariant variant, int number);
}
