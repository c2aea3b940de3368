package org.gridgov.notifications.email;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.gridgov.notifications.delivery.Addresses;
import org.gridgov.notifications.delivery.ChannelSender;
import org.gridgov.notifications.delivery.PendingDelivery;
import org.gridgov.notifications.delivery.SendOutcome;
import org.gridgov.notifications.routing.Channel;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;

/**
 * Sends plain-text UTF-8 mail over SMTP. The address is read at send time, so a corrected one is
 * used on retry (a reporter's is asked of case-workflow then).
 */
class EmailSender implements ChannelSender {

    private final JavaMailSender mail;
    private final Addresses addresses;
    private final EmailProperties properties;

    EmailSender(JavaMailSender mail, Addresses addresses, EmailProperties properties) {
        this.mail = mail;
        this.addresses = addresses;
        this.properties = properties;
    }

    @Override
    public Channel channel() {
        return Channel.EMAIL;
    }

    @Override
    public SendOutcome send(PendingDelivery delivery) {
        return switch (addresses.of(delivery)) {
            case Addresses.Addressed.NotSent notSent -> notSent.outcome();
            case Addresses.Addressed.To to -> send(delivery, to);
        };
    }

    private SendOutcome send(PendingDelivery delivery, Addresses.Addressed.To to) {
        try {
            MimeMessage message = mail.createMimeMessage();
            MimeMessageHelper helper = new MimeMessageHelper(message, "UTF-8");
            helper.setFrom(properties.from());
            helper.setTo(to.address());
            helper.setSubject(to.subject());
            helper.setText(to.body());
            message.setHeader("GridGov-Notification", delivery.notificationId().toString());
            mail.send(message);
            return SendOutcome.sent();
        } catch (MailException | MessagingException e) {
            // SMTP replies quote the address: keep only what kind of failure it was.
            return SendOutcome.failed(e.getClass().getSimpleName());
        }
    }
}
