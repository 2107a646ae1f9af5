package dev.facet.account.api;

import dev.facet.account.LicenseUsageManagement;
import dev.facet.account.LicenseUsageRecorded;
import dev.facet.account.LicenseUsageView;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** License utilization readings from the cloud-license feed; they set the First Value Date. */
@RestController
@RequestMapping("/api/v1/accounts/{crmId}/license-usage")
@Tag(name = "License usage")
@SecurityRequirement(name = "apiToken")
@Validated
class LicenseUsageApiController {

    private final LicenseUsageManagement licenseUsage;

    LicenseUsageApiController(LicenseUsageManagement licenseUsage) {
        this.licenseUsage = licenseUsage;
    }

    @PostMapping
    @Operation(
            summary = "Record a utilization reading",
            description = "One reading per account, date and source: 201 when new; the same reading again answers"
                    + " 200 with outcome UNCHANGED and changes nothing; another value for that date and source"
                    + " replaces it (200, CORRECTED). The earliest CLOUD_LICENSE reading at or above the threshold"
                    + " (10% by default) sets the First Value Date. 0-1000%, dated no later than tomorrow (UTC).")
    ResponseEntity<LicenseUsageRecordedResource> record(
            @PathVariable String crmId, @Valid @RequestBody LicenseUsagePayload body) {
        LicenseUsageRecorded recorded = licenseUsage.record(crmId, body.reading());
        HttpStatus status =
                recorded.outcome() == LicenseUsageRecorded.Outcome.CREATED ? HttpStatus.CREATED : HttpStatus.OK;
        return ResponseEntity.status(status).body(LicenseUsageRecordedResource.of(recorded));
    }

    @GetMapping
    @Operation(summary = "The account's readings, newest first, a page at a time")
    PageResource<LicenseUsageResource> list(
            @PathVariable String crmId,
            @RequestParam(defaultValue = "0") @Min(0) int page,
            @RequestParam(defaultValue = "50") @Min(1) @Max(200) int size) {
        Page<LicenseUsageView> result = licenseUsage.readings(crmId, PageRequest.of(page, size));
        return new PageResource<>(
                result.getContent().stream().map(LicenseUsageResource::of).toList(),
                result.getNumber(),
                result.getSize(),
                result.getTotalElements(),
                result.getTotalPages());
    }
}
