package dev.facet.mail;

import org.springframework.context.ApplicationContext;

/** For tests of other modules: runs the outbox sender once instead of waiting for its schedule. */
public final class OutboxDelivery {

    private OutboxDelivery() {}

    public static void sendDueNow(ApplicationContext context) {
        context.getBean(OutboxSender.class).sendDue();
    }
}
