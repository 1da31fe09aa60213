package org.prasan.dashboard;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;

/**
 * {@code GET /api/dashboard/sla}: what a coordinator watches, as of one instant.
 *
 * <p>Each count comes with the cases behind it ({@code ...CaseIds}): only those the viewer may
 * open (the case's access decision, {@code CASE_VIEW}), so a list can be shorter than its count.
 *
 * @param lateToday the agency with the most overdue open tasks, or null when none is late
 */
public record SlaDashboard(Instant asOf, String zone, long openCases, List<String> openCaseIds,
                           LateAgency lateToday,
                           List<AgencySla> agencies, List<StageCount> casesByStage,
                           List<ClockEnding> clocksEnding, List<OverlappingClaims> openClaims,
                           Escalations escalations) {

  /**
   * One agency's tasks today and its compliance week by week.
   *
   * @param overdueTasks       open tasks past their due date
   * @param dueToday           open tasks due later today (local day of {@code zone})
   * @param becameOverdueToday open tasks whose due date passed earlier today
   * @param compliance         the last weeks, oldest first, the current week last
   * @param escalations        open escalations of the agency's tasks, by the highest level
   * @param openCaseIds        the cases of its open tasks
   * @param overdueCaseIds     the cases of its overdue tasks
   */
  public record AgencySla(String agency, String name, String nameTh, long openTasks,
                          long overdueTasks, long dueToday, long becameOverdueToday,
                          List<WeekCompliance> compliance, Escalations escalations,
                          List<String> openCaseIds, List<String> overdueCaseIds) {
  }

  /**
   * Tasks of an agency due in one ISO week and how many were completed by their due date.
   *
   * @param rate {@code onTime / due}, or null for a week without tasks due
   */
  public record WeekCompliance(String week, LocalDate starts, long due, long onTime,
                               Double rate) {
  }

  /** The agency late today: the headline. */
  public record LateAgency(String agency, String name, String nameTh, long overdueTasks,
                           long becameOverdueToday, List<String> overdueCaseIds) {
  }

  /**
   * Open escalation ladders by the highest level they have climbed to, and the cases of the
   * late tasks at each level.
   */
  public record Escalations(long supervisors, long coordinator, List<String> supervisorsCaseIds,
                            List<String> coordinatorCaseIds) {

    static final Escalations NONE = new Escalations(0, 0, List.of(), List.of());

    Escalations plus(Escalations other) {
      return new Escalations(supervisors + other.supervisors, coordinator + other.coordinator,
          union(supervisorsCaseIds, other.supervisorsCaseIds),
          union(coordinatorCaseIds, other.coordinatorCaseIds));
    }

    private static List<String> union(List<String> one, List<String> other) {
      return Stream.concat(one.stream(), other.stream()).distinct().sorted()
          .toList();
    }
  }

  /** Open cases at one stage of {@code joint-case}; a case works several stages at once. */
  public record StageCount(String stage, String name, long cases, List<String> caseIds) {
  }

  /**
   * A running legal clock that ends soon (or has ended while still running), with the open
   * tasks that must be done before it.
   */
  public record ClockEnding(String caseId, String clock, String name, String law,
                            Instant endsAt, boolean passed, List<TaskLink> tasks) {
  }

  /** An open task and where the Tasklist shows it. */
  public record TaskLink(String taskId, String name, List<String> groups, String link) {
  }

  /** Agencies' competing claims to lead one case, waiting for the coordinator. */
  public record OverlappingClaims(String caseId, List<String> agencies, Instant since,
                                  TaskLink task) {
  }
}
