package org.prasan.casefile;

import java.time.Instant;

/**
 * Our record of a case, beside the engine's process instance.
 *
 * @param triageAgency the agency that triages its tip, by the tip's source
 */
public record CaseFile(
    String caseId,
    String source,
    String externalRef,
    Instant receivedAt,
    String province,
    String triageAgency,
    String processInstanceId,
    String leadAgency,
    String supportingAgencies,
    CaseStatus status,
    String outcome,
    String closureReason) {
}
