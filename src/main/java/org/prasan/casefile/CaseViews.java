package org.prasan.casefile;

import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.prasan.agency.AgencyGroups;
import org.prasan.claims.ClaimRepository;
import org.prasan.deconfliction.Overlap;
import org.prasan.deconfliction.OverlapRepository;
import org.prasan.deconfliction.OverlapReviewProcess;
import org.springframework.stereotype.Service;

/** Puts a case's record and its open tasks (of every called stage) into one view. */
@Service
public class CaseViews {

  private final CaseFileRepository cases;
  private final TaskService taskService;
  private final ClaimRepository claims;
  private final OverlapRepository overlaps;

  public CaseViews(CaseFileRepository cases, TaskService taskService, ClaimRepository claims,
                   OverlapRepository overlaps) {
    this.cases = cases;
    this.taskService = taskService;
    this.claims = claims;
    this.overlaps = overlaps;
  }

  public Optional<CaseView> find(String caseId) {
    return cases.findById(caseId).map(file -> {
      List<Overlap> related = overlaps.involving(caseId);
      return new CaseView(
          file.caseId(), file.status().name(), file.source(), file.externalRef(),
          file.receivedAt(), file.province(), file.leadAgency(),
          AgencyGroups.parseList(file.supportingAgencies()), file.outcome(),
          file.closureReason(), openClaims(caseId),
          otherCases(related, caseId, Overlap.Status.LINKED),
          related.stream()
              .filter(overlap -> overlap.status() == Overlap.Status.MERGED)
              .filter(overlap -> caseId.equals(overlap.survivingCaseId()))
              .map(overlap -> overlap.otherThan(caseId))
              .toList(),
          related.stream()
              .filter(overlap -> overlap.status() == Overlap.Status.MERGED)
              .filter(overlap -> !caseId.equals(overlap.survivingCaseId()))
              .map(Overlap::survivingCaseId)
              .findFirst().orElse(null),
          openTasks(caseId));
    });
  }

  private List<CaseView.OpenClaim> openClaims(String caseId) {
    return claims.openClaims(caseId).stream()
        .map(claim -> new CaseView.OpenClaim(claim.claimId(), claim.agency(), claim.basis(),
            claim.status().name(), claim.claimedBy(), claim.claimedAt()))
        .toList();
  }

  private static List<String> otherCases(List<Overlap> related, String caseId,
                                         Overlap.Status status) {
    return related.stream()
        .filter(overlap -> overlap.status() == status)
        .map(overlap -> overlap.otherThan(caseId))
        .toList();
  }

  private List<CaseView.OpenTask> openTasks(String caseId) {
    // Called stages carry the case id as business key, so one query finds every agency's task;
    // an overlap review found from another case belongs to this one too.
    List<Task> ownTasks = taskService.createTaskQuery()
        .processInstanceBusinessKey(caseId)
        .orderByTaskCreateTime().asc()
        .list();
    List<Task> reviewsFromOtherCases = taskService.createTaskQuery()
        .processDefinitionKey(OverlapReviewProcess.PROCESS_KEY)
        .processVariableValueEquals(OverlapReviewProcess.VAR_OTHER_CASE_ID, caseId)
        .orderByTaskCreateTime().asc()
        .list();
    return Stream.concat(ownTasks.stream(), reviewsFromOtherCases.stream())
        .map(this::openTask)
        .toList();
  }

  private CaseView.OpenTask openTask(Task task) {
    return new CaseView.OpenTask(task.getId(), task.getTaskDefinitionKey(), task.getName(),
        candidateGroups(task), task.getAssignee(), instant(task.getCreateTime()),
        instant(task.getDueDate()));
  }

  /** The groups a task waits for: its agencies. */
  public List<String> candidateGroups(Task task) {
    return taskService.getIdentityLinksForTask(task.getId()).stream()
        .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()))
        .map(IdentityLink::getGroupId)
        .filter(group -> group != null)
        .distinct()
        .toList();
  }

  private static Instant instant(Date date) {
    return date == null ? null : date.toInstant();
  }
}
