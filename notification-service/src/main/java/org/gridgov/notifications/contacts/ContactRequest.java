package org.gridgov.notifications.contacts;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** Contact points of an account; a field left out means that channel is not used. */
record ContactRequest(@Email @Size(max = 254) String email,
                      @Pattern(regexp = "\\+?[0-9]{6,15}", message = "must be 6 to 15 digits, optionally after a +") String phone,
                      @Pattern(regexp = "zh-CN|en", message = "must be zh-CN or en") String locale) {
}
