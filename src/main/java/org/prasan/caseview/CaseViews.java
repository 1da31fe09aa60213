package org.prasan.caseview;

import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.prasan.agency.AgencyGroups;
import org.prasan.casefile.CaseFileRepository;
import org.prasan.casefile.CaseTasks;
import org.prasan.claims.ClaimRepository;
import org.prasan.deconfliction.Overlap;
import org.prasan.deconfliction.OverlapRepository;
import org.prasan.deconfliction.OverlapReviewProcess;
import org.springframework.stereotype.Service;

/**
 * The case read model: a case's record, its claims, overlaps and open tasks (of every called
 * stage) in one view. Its own feature, above casefile and the features it reads.
 */
@Service
public class CaseViews {

  private final CaseFileRepository cases;
  private final TaskService taskService;
  private final ClaimRepository claims;
  private final OverlapRepository overlaps;
  private final CaseTasks tasks;

  public CaseViews(CaseFileRepository cases, TaskService taskService, ClaimRepository claims,
                   OverlapRepository overlaps, CaseTasks tasks) {
    this.tasks = tasks;
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
          openTasks(caseId, related));
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

  private List<CaseView.OpenTask> openTasks(String caseId, List<Overlap> related) {
    // Called stages carry the case id as business key, so one query finds every agency's task;
    // an overlap review found from another case belongs to this one too (one review may cover
    // many cases: found by the case's own overlap rows).
    List<Task> ownTasks = taskService.createTaskQuery()
        .processInstanceBusinessKey(caseId)
        .orderByTaskCreateTime().asc()
        .list();
    String[] reviews = related.stream()
        .filter(overlap -> overlap.status() == Overlap.Status.OPEN)
        .filter(overlap -> !caseId.equals(overlap.caseId()))
        .map(Overlap::processInstanceId)
        .filter(java.util.Objects::nonNull)
        .distinct()
        .toArray(String[]::new);
    List<Task> reviewsFromOtherCases = reviews.length == 0 ? List.of()
        : taskService.createTaskQuery()
            .processDefinitionKey(OverlapReviewProcess.PROCESS_KEY)
            .processInstanceIdIn(reviews)
            .orderByTaskCreateTime().asc()
            .list();
    return Stream.concat(ownTasks.stream(), reviewsFromOtherCases.stream())
        .map(this::openTask)
        .toList();
  }

  private CaseView.OpenTask openTask(Task task) {
    return new CaseView.OpenTask(task.getId(), task.getTaskDefinitionKey(), task.getName(),
        tasks.candidateGroups(task), task.getAssignee(), instant(task.getCreateTime()),
        instant(task.getDueDate()));
  }


  private static Instant instant(Date date) {
    return date == null ? null : date.toInstant();
  }
}
