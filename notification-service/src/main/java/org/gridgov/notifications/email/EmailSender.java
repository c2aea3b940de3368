package org.gridgov.notifications.email;

import java.util.Optional;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.gridgov.notifications.contacts.ContactPoint;
import org.gridgov.notifications.contacts.ContactPoints;
import org.gridgov.notifications.delivery.ChannelSender;
import org.gridgov.notifications.delivery.PendingDelivery;
import org.gridgov.notifications.delivery.SendOutcome;
import org.gridgov.notifications.routing.Channel;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;

/** Sends plain-text UTF-8 mail over SMTP. The address is read at send time, so a corrected one is used on retry. */
class EmailSender implements ChannelSender {

    private final JavaMailSender mail;
    private final ContactPoints contacts;
    private final EmailProperties properties;

    EmailSender(JavaMailSender mail, ContactPoints contacts, EmailProperties properties) {
        this.mail = mail;
        this.contacts = contacts;
        this.properties = properties;
    }

    @Override
    public Channel channel() {
        return Channel.EMAIL;
    }

    @Override
    public SendOutcome send(PendingDelivery delivery) {
        Optional<String> address = contacts.find(delivery.recipientId()).map(ContactPoint::email);
        if (address.isEmpty()) {
            return SendOutcome.failedForGood("no e-mail address");
        }
        try {
            MimeMessage message = mail.createMimeMessage();
            MimeMessageHelper helper = new MimeMessageHelper(message, "UTF-8");
            helper.setFrom(properties.from());
            helper.setTo(address.get());
            helper.setSubject(delivery.subject());
            helper.setText(delivery.body());
            message.setHeader("GridGov-Notification", delivery.notificationId().toString());
            mail.send(message);
            return SendOutcome.sent();
        } catch (MailException | MessagingException e) {
            // SMTP replies quote the address: keep only what kind of failure it was.
            return SendOutcome.failed(e.getClass().getSimpleName());
        }
    }
}
