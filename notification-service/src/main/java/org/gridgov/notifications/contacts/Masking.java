package org.gridgov.notifications.contacts;

/** How contact points are shown back: enough to recognise one's own, not enough to use someone else's. */
final class Masking {

    private Masking() {
    }

    /** {@code wang.li@example.org} → {@code w***@example.org}. */
    static String email(String email) {
        if (email == null) {
            return null;
        }
        int at = email.indexOf('@');
        return at <= 0 ? "***" : email.charAt(0) + "***" + email.substring(at);
    }

    /** {@code 13812345678} → {@code 138****5678}; short numbers keep only their last two digits. */
    static String phone(String phone) {
        if (phone == null) {
            return null;
        }
        if (phone.length() < 9) {
            return "*".repeat(Math.max(0, phone.length() - 2)) + phone.substring(Math.max(0, phone.length() - 2));
        }
        return phone.substring(0, 3) + "*".repeat(phone.length() - 7) + phone.substring(phone.length() - 4);
    }
}
