package org.gridgov.disputes.outcomes;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

record Agreement(UUID id, UUID disputeId, UUID sessionId, String unitCode, String level, String room,
                 String termsSealed, BigDecimal amount, LocalDate performBy, LocalDate followUpOn, Instant settledAt) {
}
