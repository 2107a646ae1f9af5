package dev.facet.account;

/** Where a license utilization reading comes from. Only cloud-license data sets the First Value Date. */
public enum LicenseUsageSource {
    CLOUD_LICENSE,
    MANUAL
}
