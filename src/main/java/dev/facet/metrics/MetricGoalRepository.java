package dev.facet.metrics;

import org.springframework.data.jpa.repository.JpaRepository;

interface MetricGoalRepository extends JpaRepository<MetricGoal, String> {}
