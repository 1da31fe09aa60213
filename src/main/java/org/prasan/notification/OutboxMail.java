package org.prasan.notification;

import java.time.Instant;

/** One mail of the outbox as administrators see it (the body stays in the table). */
public record OutboxMail(long id, String caseId, String recipient, String subject, String status,
                         int attempts, String lastError, Instant createdAt,
                         Instant nextAttemptAt) {
}
