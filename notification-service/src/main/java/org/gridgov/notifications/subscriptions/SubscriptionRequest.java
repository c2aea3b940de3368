package org.gridgov.notifications.subscriptions;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** Follow {@code unitCode}'s subtree; with a {@code category}, only cases of that category. */
record SubscriptionRequest(@NotBlank @Pattern(regexp = "[0-9]{6,21}", message = "must be a unit code of 6 to 21 digits") String unitCode,
                           @Size(max = 64) @Pattern(regexp = "[A-Z0-9_]+", message = "must be a category code") String category) {
}
