package dev.facet.account;

import org.springframework.data.jpa.repository.JpaRepository;

interface LicenseUsageSettingsRepository extends JpaRepository<LicenseUsageSettings, Integer> {}
