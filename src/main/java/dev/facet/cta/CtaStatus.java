package dev.facet.cta;

public enum CtaStatus {
    NEW,
    WORK_IN_PROGRESS,
    CLOSED_SUCCESS,
    CLOSED_NOT_A_PRIORITY,
    CLOSED_ALREADY_SOLVED,
    CLOSED_NOT_RELEVANT,
    CLOSED_LACK_OF_ENGAGEMENT,
    CLOSED_NOT_NEEDED;

    public boolean isClosed() {
        return this != NEW && this != WORK_IN_PROGRESS;
    }

    public static java.util.List<CtaStatus> closedStatuses() {
        return java.util.Arrays.stream(values()).filter(CtaStatus::isClosed).toList();
    }
}
