package dev.facet.team;

import java.time.LocalDate;
import java.util.UUID;

/**
 * What the colleague who joined says about a customer meeting the new hire led.
 *
 * @param notes plain text, may be empty
 */
public record CoLedMeetingDetails(LocalDate date, UUID accountId, String notes) {}
