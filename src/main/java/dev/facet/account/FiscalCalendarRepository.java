package dev.facet.account;

import org.springframework.data.jpa.repository.JpaRepository;

interface FiscalCalendarRepository extends JpaRepository<FiscalCalendar, Integer> {}
