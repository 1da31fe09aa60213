package org.prasan.casefile;

import java.time.Instant;
import java.util.List;

/** What {@code GET /api/cases/{caseId}} shows of a case. */
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
    List<OpenTask> openTasks) {

  /** A task of the case that someone still has to do. */
  public record OpenTask(String taskId, String taskDefinitionKey, String name,
                         List<String> candidateGroups, String assignee, Instant created,
                         Instant due) {
  }
}
