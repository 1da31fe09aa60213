package org.prasan.dashboard;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.management.ActivityStatistics;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.instance.FlowElement;
import org.prasan.agency.Actor;
import org.prasan.agency.Agency;
import org.prasan.agency.AgencyRegistry;
import org.prasan.casefile.CaseAccess;
import org.prasan.casefile.CaseFileRepository;
import org.prasan.casefile.CaseTasks;
import org.prasan.casefile.JointCaseProcess;
import org.prasan.claims.ClaimResolutionProcess;
import org.prasan.escalation.AgencyTasks;
import org.prasan.notification.TaskLinks;
import org.prasan.sla.BusinessCalendar;
import org.prasan.sla.LegalClock;
import org.prasan.sla.LegalClockProperties;
import org.prasan.sla.LegalClocks;
import org.prasan.sla.SlaProperties;
import org.prasan.system.EngineAccess;
import org.springframework.stereotype.Service;

/**
 * Counts what the dashboard shows. Everything is counted where the data lives: task figures
 * are engine count queries (four per agency, whatever the number of open tasks), compliance,
 * escalations and claims are grouped in SQL ({@link DashboardQueries}), stages come from the
 * engine's activity statistics. Only the short lists (clocks ending soon, open claims) load
 * rows. The engine is asked as the system: the API has already let only coordinators and
 * supervisors in, and they must see every agency's tasks, not only those their groups hold.
 */
@Service
public class DashboardFigures {

  /** The stages of {@code joint-case} in the order a case passes them. */
  static final List<String> STAGES = List.of(JointCaseProcess.TASK_TRIAGE_TIP,
      JointCaseProcess.TASK_CONFIRM_LEAD_AGENCY, JointCaseProcess.CALL_VICTIM_IDENTIFICATION,
      JointCaseProcess.CALL_INVESTIGATION, JointCaseProcess.CALL_DIGITAL_EVIDENCE,
      JointCaseProcess.CALL_CHARGING, JointCaseProcess.CALL_LITIGATION);

  /**
   * Charging and litigation on the file at hand, before the remand cap, count as theirs; a
   * case of an older version waiting in its called triage counts as at the triage.
   */
  static final Map<String, String> COUNTED_AS = Map.of(
      JointCaseProcess.CALL_TIP_TRIAGE, JointCaseProcess.TASK_TRIAGE_TIP,
      JointCaseProcess.CALL_CHARGE_ON_FILE_AT_HAND, JointCaseProcess.CALL_CHARGING,
      JointCaseProcess.CALL_LITIGATE_ON_FILE_AT_HAND, JointCaseProcess.CALL_LITIGATION);

  private final DashboardProperties properties;
  private final AgencyRegistry agencies;
  private final AgencyTasks agencyTasks;
  private final DashboardQueries queries;
  private final LegalClocks legalClocks;
  private final SlaProperties sla;
  private final TaskService taskService;
  private final RepositoryService repositoryService;
  private final ManagementService managementService;
  private final CaseTasks caseTasks;
  private final TaskLinks links;
  private final EngineAccess engine;
  private final ZoneId zone;
  private final Clock clock;
  private final CaseFileRepository cases;
  private final RuntimeService runtimeService;
  private final CaseAccess access;

  public DashboardFigures(DashboardProperties properties, AgencyRegistry agencies,
                          AgencyTasks agencyTasks, DashboardQueries queries,
                          LegalClocks legalClocks, SlaProperties sla, TaskService taskService,
                          RepositoryService repositoryService,
                          ManagementService managementService, CaseTasks caseTasks,
                          TaskLinks links, EngineAccess engine, BusinessCalendar calendar,
                          Clock clock, CaseFileRepository cases, RuntimeService runtimeService,
                          CaseAccess access) {
    this.runtimeService = runtimeService;
    this.access = access;
    this.clock = clock;
    this.cases = cases;
    this.properties = properties;
    this.agencies = agencies;
    this.agencyTasks = agencyTasks;
    this.queries = queries;
    this.legalClocks = legalClocks;
    this.sla = sla;
    this.taskService = taskService;
    this.repositoryService = repositoryService;
    this.managementService = managementService;
    this.caseTasks = caseTasks;
    this.links = links;
    this.engine = engine;
    this.zone = calendar.zone();
  }

  /**
   * The figures as of now; the cases behind each count are those the viewer may open (a
   * supervisor sees every agency's counts, but only the cases of the agencies they work for).
   */
  public SlaDashboard now(Actor viewer) {
    Instant now = clock.instant();
    VisibleCases visible = new VisibleCases(access, viewer);
    return engine.asSystem(() -> {
      List<SlaDashboard.AgencySla> perAgency = perAgency(now, visible);
      return new SlaDashboard(now, zone.getId(), cases.countOpen(),
          visible.of(cases.openCaseIds()), lateToday(perAgency), perAgency,
          casesByStage(visible), clocksEnding(now), openClaims(),
          perAgency.stream().map(SlaDashboard.AgencySla::escalations)
              .reduce(SlaDashboard.Escalations.NONE, SlaDashboard.Escalations::plus));
    });
  }

  private List<SlaDashboard.AgencySla> perAgency(Instant now, VisibleCases visible) {
    LocalDate today = now.atZone(zone).toLocalDate();
    Date startOfDay = Date.from(today.atStartOfDay(zone).toInstant());
    Date endOfDay = Date.from(today.plusDays(1).atStartOfDay(zone).toInstant());
    Date nowDate = Date.from(now);
    List<Instant> weekStarts = weekStarts(today);
    List<String> ids = agencies.agencies().stream().map(Agency::id).toList();
    Map<String, DashboardQueries.WeekCount> weeks = queries.compliance(weekStarts, ids, now)
        .stream().collect(Collectors.toMap(count -> count.agency() + "/" + count.week(),
            Function.identity()));
    Map<String, SlaDashboard.Escalations> escalations = escalations(visible);
    Map<String, List<DashboardQueries.AgencyCase>> withTasks = queries
        .casesWithOpenTasks(ids, now).stream()
        .collect(Collectors.groupingBy(DashboardQueries.AgencyCase::agency));
    return agencies.agencies().stream().map(agency -> new SlaDashboard.AgencySla(
            agency.id(), agency.name(), agency.nameTh(),
            agencyTasks.of(agency.id()).count(),
            agencyTasks.of(agency.id()).dueBefore(nowDate).count(),
            // dueAfter and dueBefore are exclusive: a task due this very instant is overdue.
            agencyTasks.of(agency.id()).dueAfter(new Date(now.toEpochMilli() - 1))
                .dueBefore(endOfDay).count(),
            agencyTasks.of(agency.id()).dueAfter(new Date(startOfDay.getTime() - 1))
                .dueBefore(nowDate).count(),
            compliance(agency.id(), weekStarts, weeks),
            escalations.getOrDefault(agency.id(), SlaDashboard.Escalations.NONE),
            visible.of(withTasks.getOrDefault(agency.id(), List.of()).stream()
                .map(DashboardQueries.AgencyCase::caseId).toList()),
            visible.of(withTasks.getOrDefault(agency.id(), List.of()).stream()
                .filter(DashboardQueries.AgencyCase::overdue)
                .map(DashboardQueries.AgencyCase::caseId).toList())))
        .toList();
  }

  /** Per agency: its open escalation ladders by top level, with the cases the viewer may open. */
  private Map<String, SlaDashboard.Escalations> escalations(VisibleCases visible) {
    Map<String, SlaDashboard.Escalations> perAgency = new LinkedHashMap<>();
    for (DashboardQueries.OpenLadder ladder : queries.openEscalations()) {
      List<String> shown = visible.of(List.of(ladder.caseId()));
      perAgency.merge(ladder.agency(), ladder.reachedCoordinator()
              ? new SlaDashboard.Escalations(0, 1, List.of(), shown)
              : new SlaDashboard.Escalations(1, 0, shown, List.of()),
          SlaDashboard.Escalations::plus);
    }
    return perAgency;
  }

  /** Monday 00:00 local of each of the last weeks, the current one last, then its end. */
  private List<Instant> weekStarts(LocalDate today) {
    LocalDate monday = today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    List<Instant> starts = new ArrayList<>();
    for (int back = properties.weeks() - 1; back >= -1; back--) {
      starts.add(monday.minusWeeks(back).atStartOfDay(zone).toInstant());
    }
    return starts;
  }

  private List<SlaDashboard.WeekCompliance> compliance(
      String agency, List<Instant> weekStarts, Map<String, DashboardQueries.WeekCount> weeks) {
    List<SlaDashboard.WeekCompliance> compliance = new ArrayList<>();
    for (int week = 0; week < weekStarts.size() - 1; week++) {
      LocalDate starts = weekStarts.get(week).atZone(zone).toLocalDate();
      var count = Optional.ofNullable(weeks.get(agency + "/" + week));
      long due = count.map(DashboardQueries.WeekCount::due).orElse(0L);
      long onTime = count.map(DashboardQueries.WeekCount::onTime).orElse(0L);
      compliance.add(new SlaDashboard.WeekCompliance(isoWeek(starts), starts, due, onTime,
          due == 0 ? null : (double) onTime / due));
    }
    return compliance;
  }

  private static String isoWeek(LocalDate day) {
    return "%d-W%02d".formatted(day.get(IsoFields.WEEK_BASED_YEAR),
        day.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
  }

  /** The agency with the most overdue tasks; more of them late since this morning breaks ties. */
  private static SlaDashboard.LateAgency lateToday(List<SlaDashboard.AgencySla> perAgency) {
    return perAgency.stream()
        .filter(agency -> agency.overdueTasks() > 0)
        .max(Comparator.comparingLong(SlaDashboard.AgencySla::overdueTasks)
            .thenComparingLong(SlaDashboard.AgencySla::becameOverdueToday))
        .map(agency -> new SlaDashboard.LateAgency(agency.agency(), agency.name(),
            agency.nameTh(), agency.overdueTasks(), agency.becameOverdueToday(),
            agency.overdueCaseIds()))
        .orElse(null);
  }

  /** Summed over every deployed version of joint-case: old cases run on old versions. */
  private List<SlaDashboard.StageCount> casesByStage(VisibleCases visible) {
    Map<String, Long> cases = new LinkedHashMap<>();
    Map<String, String> names = new LinkedHashMap<>();
    List<ProcessDefinition> versions = repositoryService.createProcessDefinitionQuery()
        .processDefinitionKey(JointCaseProcess.PROCESS_KEY).orderByProcessDefinitionVersion()
        .asc().list();
    for (ProcessDefinition version : versions) {
      var model = repositoryService.getBpmnModelInstance(version.getId());
      STAGES.forEach(stage -> Optional.ofNullable(model.<FlowElement>getModelElementById(stage))
          .map(FlowElement::getName).ifPresent(name -> names.put(stage, name)));
      for (ActivityStatistics statistics : managementService
          .createActivityStatisticsQuery(version.getId()).list()) {
        cases.merge(COUNTED_AS.getOrDefault(statistics.getId(), statistics.getId()),
            (long) statistics.getInstances(), Long::sum);
      }
    }
    return STAGES.stream().map(stage -> new SlaDashboard.StageCount(stage,
        names.getOrDefault(stage, stage), cases.getOrDefault(stage, 0L),
        cases.getOrDefault(stage, 0L) == 0 ? List.of() : visible.of(casesAt(stage))))
        .toList();
  }

  /** The cases whose joint-case is at the stage now (a stage with cases only: one query). */
  private List<String> casesAt(String stage) {
    return runtimeService.createProcessInstanceQuery()
        .processDefinitionKey(JointCaseProcess.PROCESS_KEY).activityIdIn(activitiesAt(stage))
        .list().stream()
        .map(ProcessInstance::getBusinessKey).filter(Objects::nonNull).toList();
  }

  /** The stage's activity and those counted as it, as {@link #casesByStage} counts them. */
  static String[] activitiesAt(String stage) {
    return Stream.concat(Stream.of(stage), COUNTED_AS.entrySet().stream()
            .filter(counted -> counted.getValue().equals(stage)).map(Map.Entry::getKey))
        .toArray(String[]::new);
  }

  private List<SlaDashboard.ClockEnding> clocksEnding(Instant now) {
    Instant until = now.plus(properties.clocksAhead());
    return legalClocks.endingBefore(until).stream()
        .filter(clock -> clock.deadlineAfter(now).isBefore(until))
        .map(clock -> new SlaDashboard.ClockEnding(clock.caseId(), clock.clock(), clock.name(),
            clock.law(), clock.deadlineAfter(now), !clock.deadlineAfter(now).isAfter(now),
            tasksBefore(clock)))
        .toList();
  }

  private List<SlaDashboard.TaskLink> tasksBefore(LegalClock clock) {
    List<String> dueTasks = sla.legalClock(clock.clock()).map(LegalClockProperties::dueTasks)
        .orElse(List.of());
    if (dueTasks.isEmpty()) {
      return List.of();
    }
    return taskService.createTaskQuery().processInstanceBusinessKey(clock.caseId())
        .taskDefinitionKeyIn(dueTasks.toArray(String[]::new)).orderByDueDate().asc().list()
        .stream().map(this::link).toList();
  }

  private SlaDashboard.TaskLink link(Task task) {
    return new SlaDashboard.TaskLink(task.getId(), task.getName(),
        caseTasks.candidateGroups(task), links.toTask(task.getId()));
  }

  private List<SlaDashboard.OverlappingClaims> openClaims() {
    List<DashboardQueries.ClaimRow> rows = queries.overlappingClaims();
    if (rows.isEmpty()) {
      return List.of();
    }
    Map<String, Task> resolutions = taskService.createTaskQuery()
        .processDefinitionKey(ClaimResolutionProcess.PROCESS_KEY)
        .taskDefinitionKey(ClaimResolutionProcess.TASK_RESOLVE_OVERLAPPING_CLAIM).list()
        .stream().collect(Collectors.toMap(Task::getProcessInstanceId, Function.identity(),
            (one, other) -> one));
    Map<String, List<DashboardQueries.ClaimRow>> byCase = rows.stream().collect(
        Collectors.groupingBy(DashboardQueries.ClaimRow::caseId, LinkedHashMap::new,
            Collectors.toList()));
    return byCase.values().stream().map(claims -> {
      DashboardQueries.ClaimRow first = claims.get(0);
      Task task = resolutions.get(first.processInstanceId());
      return new SlaDashboard.OverlappingClaims(first.caseId(),
          claims.stream().map(DashboardQueries.ClaimRow::agency).distinct().toList(),
          first.since(), task == null ? null : link(task));
    }).toList();
  }
}
