package org.gridgov.notifications.delivery;

/**
 * Where a delivery goes on its channel, and in which words, found when it is sent: a corrected
 * address is used on the next try, and a reporter's contact is never stored here.
 */
public interface Addresses {

    Addressed of(PendingDelivery delivery);

    /** The outcome of looking for the recipient's address. */
    sealed interface Addressed {

        /** Send {@code subject} (e-mail only) and {@code body} to {@code address}; the address is never logged. */
        record To(String address, String subject, String body) implements Addressed {

            @Override
            public String toString() {
                return "To[address hidden]";
            }
        }

        /** Not sent, and what becomes of the delivery instead: skipped, retried or given up. */
        record NotSent(SendOutcome outcome) implements Addressed {
        }
    }
}
