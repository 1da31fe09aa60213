package org.prasan.escalation;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.prasan.agency.Agency;
import org.prasan.agency.AgencyRegistry;
import org.prasan.agency.CurrentActor;
import org.prasan.notification.AgencyNotifications;
import org.prasan.notification.NotificationProperties;
import org.prasan.notification.TaskAnnounced;
import org.prasan.notification.TaskLinks;
import org.prasan.sla.BusinessCalendar;
import org.prasan.sla.HumanDuration;
import org.prasan.sla.LegalClock;
import org.prasan.sla.ServiceLevels;
import org.prasan.sla.SlaEvent;
import org.prasan.sla.SlaEvents;
import org.prasan.sla.SlaProperties;
import org.prasan.system.BangkokTime;
import org.prasan.system.Bilingual;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;

/**
 * The ladder an overdue task climbs: its agency's supervisors are told and get a task at
 * once, the coordinators after a grace, each exactly once; the task's completion closes it.
 * The steps live in {@code task-escalation.bpmn}; this records them and tells the groups.
 */
@Service
public class EscalationLadder {

  static final String UNCLAIMED = "unclaimed";
  private static final DateTimeFormatter LOCAL_TIME = DateTimeFormatter.ofPattern(
      "yyyy-MM-dd HH:mm");

  private final RuntimeService runtimeService;
  private final AgencyOfficers officers;
  private final AgencyRegistry agencies;
  private final SlaProperties properties;
  private final ServiceLevels serviceLevels;
  private final TaskClocks clocks;
  private final SlaEvents events;
  private final AgencyNotifications notifications;
  private final EscalationMetrics metrics;
  private final TaskLinks links;
  private final NotificationProperties notificationProperties;
  private final ApplicationEventPublisher publisher;
  private final ZoneId zone;
  private final Clock clock;
  private final CurrentActor actor;

  public EscalationLadder(RuntimeService runtimeService, AgencyOfficers officers,
                          AgencyRegistry agencies, SlaProperties properties,
                          ServiceLevels serviceLevels, TaskClocks clocks, SlaEvents events,
                          AgencyNotifications notifications, EscalationMetrics metrics,
                          TaskLinks links, NotificationProperties notificationProperties,
                          ApplicationEventPublisher publisher, BusinessCalendar calendar,
                          Clock clock, CurrentActor actor) {
    this.clock = clock;
    this.actor = actor;
    this.runtimeService = runtimeService;
    this.officers = officers;
    this.agencies = agencies;
    this.properties = properties;
    this.serviceLevels = serviceLevels;
    this.clocks = clocks;
    this.events = events;
    this.notifications = notifications;
    this.metrics = metrics;
    this.links = links;
    this.notificationProperties = notificationProperties;
    this.publisher = publisher;
    this.zone = calendar.zone();
  }

  /** The task's due date has passed: its ladder starts with the supervisors. */
  public void open(TaskEntity task) {
    OverdueTask overdue = OverdueTask.of(task);
    Instant now = now();
    Optional<LegalClock> breached = clocks.legalDeadlineOf(task);
    Instant coordinatorAt = breached.isPresent()
        ? now.plus(properties.escalation().legalCoordinatorGrace())
        : serviceLevels.after(now, properties.escalation().coordinatorGrace());
    List<String> agencyGroups = agencyGroups(overdue);
    VariableMap variables = Variables.createVariables()
        .putValue(TaskEscalationProcess.VAR_CASE_ID, overdue.caseId())
        .putValue(TaskEscalationProcess.VAR_OVERDUE_TASK_ID, overdue.taskId())
        .putValue(TaskEscalationProcess.VAR_OVERDUE_TASK_KEY, overdue.taskKey())
        .putValue(TaskEscalationProcess.VAR_OVERDUE_TASK_NAME, overdue.name())
        .putValue(TaskEscalationProcess.VAR_OVERDUE_AGENCY, agencyGroups.get(0))
        .putValue(TaskEscalationProcess.VAR_SUPERVISOR_GROUPS, supervisorGroups(agencyGroups))
        .putValue(TaskEscalationProcess.VAR_OVERDUE_HOLDER,
            overdue.assignee() == null ? UNCLAIMED : overdue.assignee())
        .putValue(TaskEscalationProcess.VAR_OVERDUE_DUE_AT, Date.from(overdue.dueAt()))
        .putValue(TaskEscalationProcess.VAR_OVERDUE_DUE_AT_TEXT, local(overdue.dueAt()))
        .putValue(TaskEscalationProcess.VAR_COORDINATOR_ESCALATION_AT, Date.from(coordinatorAt))
        .putValue(TaskEscalationProcess.VAR_AGENCY_OFFICERS, officersOf(agencyGroups));
    breached.ifPresent(clock -> variables
        .putValue(TaskEscalationProcess.VAR_BREACHED_CLOCK, clock.clock())
        .putValue(TaskEscalationProcess.VAR_BREACHED_DEADLINE, clock.name() + " ("
            + clock.law() + ")"));
    String ladder = runtimeService.createProcessInstanceByKey(TaskEscalationProcess.PROCESS_KEY)
        .businessKey(overdue.caseId())
        .setVariables(variables)
        .execute()
        .getId();
    task.setVariableLocal(TaskEscalationProcess.TASK_VAR_ESCALATION, ladder);
    breached.ifPresent(clock -> recordBreach(overdue, clock, List.of()));
  }

  /**
   * A legal deadline passed while the task, already late on its service level, is still open:
   * recorded, and its supervisors and the coordinators are told at once.
   */
  public void breach(TaskEntity task) {
    OverdueTask late = OverdueTask.of(task);
    clocks.boundClock(task).or(() -> clocks.legalDeadlineOf(task)).ifPresent(clock -> {
      List<String> told = new ArrayList<>(List.of(
          supervisorGroups(agencyGroups(late)).split(",")));
      told.add(AgencyRegistry.COORDINATOR);
      recordBreach(late, clock, told);
    });
  }

  private void recordBreach(OverdueTask task, LegalClock clock, List<String> told) {
    String subject = "Legal deadline passed: " + clock.name() + " (" + task.caseId() + ")";
    String body = task.name() + " of case " + task.caseId() + " is still open and "
        + clock.name() + " (" + clock.law() + ") ran out at " + local(clock.endsAt()) + " "
        + zone + ".\nOpen it: " + links.toTask(task.taskId());
    Bilingual subjects = Bilingual.of("พ้นกำหนดตามกฎหมาย: " + clock.name() + " ("
        + task.caseId() + ")", subject);
    Bilingual bodies = Bilingual.of(task.name() + " ของคดี " + task.caseId()
        + " ยังไม่เสร็จ และ " + clock.name() + " (" + clock.law() + ") สิ้นสุดแล้วเมื่อ "
        + BangkokTime.th(clock.endsAt()) + "\nเปิดงาน: " + links.toTask(task.taskId()), body);
    told.forEach(group -> notifications.tell(task.caseId(), group, subjects, bodies));
    events.record(SlaEvent.of(task.caseId(), SlaEvent.Kind.BREACHED, now())
        .task(task.taskId(), task.taskKey(), task.name()).agency(agencyGroups(task).get(0))
        .clock(clock.clock()).dueAt(clock.endsAt())
        .told(told.isEmpty() ? null : String.join(",", told)).detail(subject).build());
  }

  /**
   * One level of the ladder, from the model's "tell" service tasks: records it, tells the
   * groups of that level and counts it.
   */
  public void recordLevel(DelegateExecution ladder, SlaEvent.Level level) {
    String caseId = ladder.getProcessBusinessKey();
    Instant now = now();
    Instant dueAt = ((Date) ladder.getVariable(TaskEscalationProcess.VAR_OVERDUE_DUE_AT))
        .toInstant();
    String lateBy = HumanDuration.of(Duration.between(dueAt, now));
    ladder.setVariable(TaskEscalationProcess.VAR_LATE_BY, lateBy);
    String taskId = (String) ladder.getVariable(TaskEscalationProcess.VAR_OVERDUE_TASK_ID);
    String taskName = (String) ladder.getVariable(TaskEscalationProcess.VAR_OVERDUE_TASK_NAME);
    String agency = (String) ladder.getVariable(TaskEscalationProcess.VAR_OVERDUE_AGENCY);
    String clock = (String) ladder.getVariable(TaskEscalationProcess.VAR_BREACHED_CLOCK);
    String subject = "Escalation: " + taskName + " overdue (" + caseId + ")";
    String body = escalationText(ladder, caseId, taskId, taskName, agency, lateBy);
    Bilingual subjects = Bilingual.of("งานเกินกำหนด: " + taskName + " (" + caseId + ")",
        subject);
    Bilingual bodies = Bilingual.of(escalationTextTh(ladder, caseId, taskId, taskName, agency,
        lateBy), body);
    for (String group : groupsOf(ladder, level)) {
      notifications.tell(caseId, group, subjects, bodies);
      events.record(SlaEvent.of(caseId, SlaEvent.Kind.ESCALATED, now).level(level)
          .task(taskId, (String) ladder.getVariable(TaskEscalationProcess.VAR_OVERDUE_TASK_KEY),
              taskName)
          .agency(agency).clock(clock).dueAt(dueAt).told(group)
          .escalation(ladder.getProcessInstanceId())
          .detail("Late by " + lateBy + "; held by "
              + ladder.getVariable(TaskEscalationProcess.VAR_OVERDUE_HOLDER))
          .build());
    }
    metrics.escalated(level, clock != null);
  }

  /** A legal deadline nears: the task's groups are warned and the warning recorded. */
  public void warn(TaskEntity task) {
    OverdueTask overdue = OverdueTask.of(task);
    clocks.boundClock(task).ifPresent(clock -> {
      Instant deadline = clock.deadlineAfter(now());
      String subject = "Warning: " + clock.name() + " ends " + local(deadline) + " ("
          + overdue.caseId() + ")";
      String body = overdue.name() + " of case " + overdue.caseId() + " must be done before "
          + clock.name() + " (" + clock.law() + ") runs out at " + local(deadline)
          + " " + zone + ".\nOpen it: " + links.toTask(overdue.taskId());
      Bilingual subjects = Bilingual.of("เตือน: " + clock.name() + " สิ้นสุด "
          + BangkokTime.th(deadline) + " (" + overdue.caseId() + ")", subject);
      Bilingual bodies = Bilingual.of(overdue.name() + " ของคดี " + overdue.caseId()
          + " ต้องเสร็จก่อน " + clock.name() + " (" + clock.law() + ") สิ้นสุดเมื่อ "
          + BangkokTime.th(deadline) + "\nเปิดงาน: " + links.toTask(overdue.taskId()), body);
      for (String group : agencyGroups(overdue)) {
        notifications.tell(overdue.caseId(), group, subjects, bodies);
        events.record(SlaEvent.of(overdue.caseId(), SlaEvent.Kind.WARNED, now())
            .task(overdue.taskId(), overdue.taskKey(), overdue.name()).agency(group)
            .clock(clock.clock()).dueAt(deadline).told(group).detail(subject).build());
      }
    });
  }

  /** Lets the mail channel tell the task's groups that it waits for them. */
  public void announce(TaskEntity task) {
    if (!notificationProperties.mailEnabled() || !notificationProperties.announceTasks()) {
      return;
    }
    OverdueTask created = OverdueTask.of(task);
    publisher.publishEvent(new TaskAnnounced(created.taskId(), created.name(), created.caseId(),
        created.groups(), created.dueAt()));
  }

  /** The overdue task is done or cancelled: its ladder ends, with every escalation task. */
  public void close(TaskEntity task, String reason) {
    Object ladder = task.getVariableLocal(TaskEscalationProcess.TASK_VAR_ESCALATION);
    if (ladder == null) {
      return;
    }
    runtimeService.createMessageCorrelation(TaskEscalationProcess.MESSAGE_OVERDUE_TASK_DONE)
        .processInstanceId(ladder.toString())
        .correlateAll();
    OverdueTask overdue = OverdueTask.of(task);
    events.record(SlaEvent.of(overdue.caseId(), SlaEvent.Kind.CLOSED, now())
        .task(overdue.taskId(), overdue.taskKey(), overdue.name())
        .agency(agencyGroups(overdue).get(0)).dueAt(overdue.dueAt())
        .escalation(ladder.toString()).detail(reason).build());
  }

  /**
   * Someone moved the due date in the Tasklist: recorded, and a ladder already climbing stops
   * when the new date lies ahead (the task is no longer late).
   */
  public void dueDateChanged(TaskEntity task) {
    OverdueTask changed = OverdueTask.of(task);
    events.record(SlaEvent.of(changed.caseId(), SlaEvent.Kind.DUE_DATE_CHANGED, now())
        .task(changed.taskId(), changed.taskKey(), changed.name())
        .agency(agencyGroups(changed).get(0)).dueAt(changed.dueAt())
        .actor(currentUser()).detail("Due date set to " + changed.dueAt()).build());
    if (changed.dueAt() != null && changed.dueAt().isAfter(now())) {
      close(task, "Due date moved to " + changed.dueAt());
      task.removeVariableLocal(TaskEscalationProcess.TASK_VAR_ESCALATION);
    }
  }

  /** The agency groups of a task, or the coordinators for a task of nobody's. */
  List<String> agencyGroups(OverdueTask task) {
    List<String> groups = task.groups().stream().filter(agencies::isAgency).toList();
    return groups.isEmpty() ? List.of(AgencyRegistry.COORDINATOR) : groups;
  }

  private String supervisorGroups(List<String> agencyGroups) {
    return agencyGroups.stream()
        .map(group -> agencies.find(group).map(Agency::supervisorGroupId).orElseThrow())
        .collect(Collectors.joining(","));
  }

  private String officersOf(List<String> agencyGroups) {
    return agencyGroups.stream()
        .flatMap(group -> officers.of(group).stream())
        .distinct()
        .collect(Collectors.joining(", "));
  }

  private static List<String> groupsOf(DelegateExecution ladder, SlaEvent.Level level) {
    if (level == SlaEvent.Level.COORDINATOR) {
      return List.of(AgencyRegistry.COORDINATOR);
    }
    return List.of(((String) ladder.getVariable(TaskEscalationProcess.VAR_SUPERVISOR_GROUPS))
        .split(","));
  }

  private String escalationTextTh(DelegateExecution ladder, String caseId, String taskId,
                                  String taskName, String agency, String lateBy) {
    Map<String, Object> v = ladder.getVariables();
    String deadline = v.get(TaskEscalationProcess.VAR_BREACHED_DEADLINE) == null ? ""
        : "\nพ้นกำหนดตามกฎหมาย: " + v.get(TaskEscalationProcess.VAR_BREACHED_DEADLINE);
    return taskName + " ของคดี " + caseId + " (หน่วยงาน " + agency + ") มีกำหนดเสร็จ "
        + v.get(TaskEscalationProcess.VAR_OVERDUE_DUE_AT_TEXT) + " น. และเกินกำหนดมาแล้ว "
        + lateBy + " ผู้รับผิดชอบ: " + v.get(TaskEscalationProcess.VAR_OVERDUE_HOLDER)
        + deadline + "\nเปิดงาน: " + links.toTask(taskId);
  }

  private String escalationText(DelegateExecution ladder, String caseId, String taskId,
                                String taskName, String agency, String lateBy) {
    Map<String, Object> v = ladder.getVariables();
    String deadline = v.get(TaskEscalationProcess.VAR_BREACHED_DEADLINE) == null ? ""
        : "\nLegal deadline passed: " + v.get(TaskEscalationProcess.VAR_BREACHED_DEADLINE);
    return taskName + " of case " + caseId + " (agency " + agency + ") was due "
        + v.get(TaskEscalationProcess.VAR_OVERDUE_DUE_AT_TEXT) + " " + zone + " and is "
        + lateBy + " late. Held by: " + v.get(TaskEscalationProcess.VAR_OVERDUE_HOLDER) + "."
        + deadline + "\nOpen it: " + links.toTask(taskId);
  }

  private String currentUser() {
    return actor.userIdOrNull();
  }

  private String local(Instant instant) {
    return instant == null ? "" : LOCAL_TIME.format(instant.atZone(zone));
  }

  private Instant now() {
    return clock.instant();
  }
}
