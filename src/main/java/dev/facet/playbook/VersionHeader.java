package dev.facet.playbook;

import java.util.UUID;

/** A version with its template's code and name, read in one statement. */
record VersionHeader(UUID id, UUID templateId, String templateCode, String templateName, int version, int targetDays) {}
