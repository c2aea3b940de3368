package org.gridgov.notifications;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;

/**
 * The world outside the service, on this machine, once per test JVM: a real SMTP server
 * (GreenMail), an HTTP SMS gateway and departments' webhook receivers. Ports are chosen by the
 * system, so builds running side by side do not collide.
 */
final class LocalChannels {

    static final String SMS_PATH = "/sms/send";

    private static LocalChannels instance;

    final GreenMail smtp;
    final RecordingHttpServer smsGateway;
    final RecordingHttpServer departments;

    private LocalChannels() {
        smtp = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
        smtp.start();
        smsGateway = new RecordingHttpServer();
        departments = new RecordingHttpServer();
    }

    static synchronized LocalChannels get() {
        if (instance == null) {
            instance = new LocalChannels();
        }
        return instance;
    }

    int smtpPort() {
        return smtp.getSmtp().getPort();
    }
}
