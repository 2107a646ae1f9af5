package dev.facet.gemstone;

import org.springframework.data.jpa.repository.JpaRepository;

interface ThresholdRepository extends JpaRepository<ThresholdRow, Integer> {}
