package dev.facet.metrics.api;

import dev.facet.metrics.TimeToValueManagement;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** Time-to-value for the CRM and reporting tools. */
@RestController
@Tag(name = "Time to value")
@SecurityRequirement(name = "apiToken")
class TimeToValueApiController {

    private final TimeToValueManagement timeToValue;

    TimeToValueApiController(TimeToValueManagement timeToValue) {
        this.timeToValue = timeToValue;
    }

    @GetMapping("/api/v1/accounts/{crmId}/time-to-value")
    @Operation(
            summary = "Time to Engage, Time to First Value and Time to Onboard with their states",
            description = "Measured on the account's latest onboarding CTA by start date. Each metric has days"
                    + " (null while not reached), elapsedDays, goal and state: MET, MISSED, ON_TRACK, OVERDUE, or"
                    + " NOT_STARTED for engage and onboard when the account never had an onboarding CTA.")
    TimeToValueResource get(@PathVariable String crmId) {
        return TimeToValueResource.of(timeToValue.ofAccount(crmId));
    }
}
