package org.gridgov.notifications.webhook;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

record WebhookRequest(@NotBlank @Size(max = 64) String departmentCode,
                      @NotBlank @Size(max = 2000) @Pattern(regexp = "https?://[^\\s]+", message = "must be an http(s) URL") String url,
                      @Size(max = 200) String description) {
}
