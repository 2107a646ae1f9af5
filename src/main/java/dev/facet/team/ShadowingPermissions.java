package dev.facet.team;

/** What the viewer of a new hire's log may add to it (each entry says who edits it). */
public record ShadowingPermissions(boolean logCalls, boolean logCoLedMeetings, boolean logRolePlays) {}
