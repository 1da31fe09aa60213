package org.prasan.claims;

import java.time.Instant;

/** An agency's claim to lead a case. */
public record Claim(long claimId, String caseId, String agency, String basis, ClaimStatus status,
                    Long resolutionId, String claimedBy, Instant claimedAt) {
}
