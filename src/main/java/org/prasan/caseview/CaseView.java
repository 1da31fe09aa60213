package org.prasan.caseview;

import java.time.Instant;
import java.util.List;

/**
 * What {@code GET /api/cases/{caseId}} shows of a case: who leads and supports, open claims to
 * lead it, the cases linked to it, merged into it or it was merged into, and every open task.
 */
public record CaseView(
    String caseId,
    String status,
    String source,
    String externalRef,
    Instant receivedAt,
    String province,
    String leadAgency,
    List<String> supportingAgencies,
    String outcome,
    String closureReason,
    List<OpenClaim> openClaims,
    List<String> linkedCases,
    List<String> mergedCases,
    String mergedInto,
    List<OpenTask> openTasks) {

  /** An agency's claim to lead the case that the coordinator has not decided yet. */
  public record OpenClaim(long claimId, String agency, String basis, String status,
                          String claimedBy, Instant claimedAt) {
  }

  /** A task of the case that someone still has to do. */
  public record OpenTask(String taskId, String taskDefinitionKey, String name,
                         List<String> candidateGroups, String assignee, Instant created,
                         Instant due) {
  }
}
