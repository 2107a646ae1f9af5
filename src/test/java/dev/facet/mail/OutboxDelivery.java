package dev.facet.mail;

import org.springframework.context.ApplicationContext;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/** For tests of other modules: runs the outbox sender once instead of waiting for its schedule. */
public final class OutboxDelivery {

    private OutboxDelivery() {}

    public static void sendDueNow(ApplicationContext context) {
        context.getBean(OutboxSender.class).sendDue();
    }

    /** Runs the sender once through an SMTP server of the test's own, such as a {@link RejectingSmtpServer}. */
    public static void sendDueThrough(ApplicationContext context, String host, int port) {
        var server = new JavaMailSenderImpl();
        server.setHost(host);
        server.setPort(port);
        context.getBean(OutboxSender.class).sendDueWith(server);
    }
}
