package org.gridgov.notifications.reporters;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;

import org.gridgov.notifications.routing.Channel;
import org.junit.jupiter.api.Test;

class ReporterContactTest {

    @Test
    void mobileNumbersWithSpacesDashesOrTheCountryCodeAreTextedWithoutThem() {
        assertThat(new ReporterContact("13800137700", "C").channel()).contains(Channel.SMS);
        assertThat(new ReporterContact("138 0013 7700", "C").address()).isEqualTo("13800137700");
        assertThat(new ReporterContact("+86 139-0013-8800", "C").address()).isEqualTo("+8613900138800");
        assertThat(new ReporterContact("(0319) 5551234", "C").channel()).contains(Channel.SMS);
    }

    @Test
    void addressesAreMailedAsGiven() {
        ReporterContact mail = new ReporterContact(" li.resident@mail.example ", "C");

        assertThat(mail.channel()).contains(Channel.EMAIL);
        assertThat(mail.address()).isEqualTo("li.resident@mail.example");
    }

    @Test
    void anythingElseReachesNobody() {
        for (String contact : new String[] {"resident-contact-0042", "call the shop on the corner", "12345", "a@b"}) {
            assertThat(new ReporterContact(contact, "C").channel()).as(contact).isEqualTo(Optional.empty());
        }
    }

    @Test
    void neverShowsTheContact() {
        assertThat(new ReporterContact("13800137700", "7K3M9QZT2A").toString()).doesNotContain("13800137700", "7K3M9QZT2A");
    }
}
