package org.prasan.screening;

import java.time.Instant;

/** A screening operation: one handover (or return) received at a site. */
record Operation(String operationId, String name, String site, Instant receivedAt,
                 String handedOverBy, String leadAgency, String createdBy, Instant createdAt) {
}
