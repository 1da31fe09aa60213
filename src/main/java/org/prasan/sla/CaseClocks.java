package org.prasan.sla;

import java.time.Clock;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.prasan.casefile.CaseFileRepository;
import org.prasan.casefile.CaseViews;
import org.springframework.stereotype.Service;

/**
 * Every clock of a case in one view, for coordinators: each open task's due date and whether a
 * legal deadline set it, each legal clock with its end, and the SLA history (warnings,
 * escalations and who was told, extensions with their reasons).
 */
@Service
public class CaseClocks {

  private final CaseFileRepository cases;
  private final CaseViews caseViews;
  private final TaskService taskService;
  private final LegalClocks legalClocks;
  private final SlaEvents events;
  private final Clock clock;

  public CaseClocks(CaseFileRepository cases, CaseViews caseViews, TaskService taskService,
                    LegalClocks legalClocks, SlaEvents events, Clock clock) {
    this.clock = clock;
    this.cases = cases;
    this.caseViews = caseViews;
    this.taskService = taskService;
    this.legalClocks = legalClocks;
    this.events = events;
  }

  public Optional<View> of(String caseId) {
    if (cases.findById(caseId).isEmpty()) {
      return Optional.empty();
    }
    Instant now = clock.instant();
    List<TaskClock> tasks = taskService.createTaskQuery().processInstanceBusinessKey(caseId)
        .orderByDueDate().asc().list().stream()
        .map(task -> taskClock(caseId, task, now))
        .toList();
    return Optional.of(new View(caseId, now, tasks, legalClocks.ofCase(caseId),
        events.ofCase(caseId)));
  }

  private TaskClock taskClock(String caseId, Task task, Instant now) {
    Instant due = instant(task.getDueDate());
    String clock = due == null ? null : legalClocks.deadlineFor(caseId,
            task.getTaskDefinitionKey(), due.minusMillis(1))
        .filter(legal -> due.equals(legal.endsAt()) || due.equals(legal.latestEndsAt()))
        .map(LegalClock::clock)
        .orElse(null);
    return new TaskClock(task.getId(), task.getTaskDefinitionKey(), task.getName(),
        caseViews.candidateGroups(task),
        task.getAssignee(), instant(task.getCreateTime()), due,
        due != null && due.isBefore(now), clock);
  }

  private static Instant instant(Date date) {
    return date == null ? null : date.toInstant();
  }

  /** {@code GET /api/cases/{caseId}/clocks}. */
  public record View(String caseId, Instant asOf, List<TaskClock> openTasks,
                     List<LegalClock> legalClocks, List<SlaEvent> history) {
  }

  /**
   * An open task's clock.
   *
   * @param legalClock the legal clock whose end is the due date, or null for a service level
   */
  public record TaskClock(String taskId, String taskKey, String name, List<String> groups,
                          String assignee, Instant created, Instant due, boolean overdue,
                          String legalClock) {
  }
}
