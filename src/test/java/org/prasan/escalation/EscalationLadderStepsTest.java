package org.prasan.escalation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.RETURNS_DEEP_STUBS;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.IdentityLinkEntity;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.prasan.agency.Agency;
import org.prasan.agency.AgencyRegistry;
import org.prasan.agency.CurrentActor;
import org.prasan.notification.AgencyNotifications;
import org.prasan.notification.NotificationProperties;
import org.prasan.notification.TaskAnnounced;
import org.prasan.notification.TaskLinks;
import org.prasan.sla.BusinessCalendar;
import org.prasan.sla.ServiceLevels;
import org.prasan.sla.SlaEvent;
import org.prasan.sla.SlaEvents;
import org.prasan.sla.SlaProperties;
import org.prasan.system.Bilingual;
import org.springframework.context.ApplicationEventPublisher;

/**
 * What each step of the ladder records, tells and counts, without an engine or a database:
 * the levels from the model's "tell" tasks, a task's announcement, a due date moved. The ladder
 * of real tasks with the engine clock moved is DeadlinesAndDashboardTest's
 * (EscalationLadderTest).
 */
class EscalationLadderStepsTest {

  private static final String CASE = "TIP-2026-000042";
  private static final Instant DUE = Instant.parse("2026-03-10T03:00:00Z");
  private static final Instant NOW = DUE.plus(Duration.ofHours(26));

  private final RuntimeService runtimeService = mock(RuntimeService.class, RETURNS_DEEP_STUBS);
  private final SlaEvents events = mock(SlaEvents.class);
  private final AgencyNotifications notifications = mock(AgencyNotifications.class);
  private final ApplicationEventPublisher publisher = mock(ApplicationEventPublisher.class);
  private final SimpleMeterRegistry meters = new SimpleMeterRegistry();
  private final AgencyRegistry agencies = new AgencyRegistry(List.of(agency("rtp-atpd"),
      agency("rtp-ccib"), agency(AgencyRegistry.COORDINATOR)));

  private EscalationLadder ladder(boolean mailEnabled) {
    NotificationProperties notification = new NotificationProperties(mailEnabled, null, true,
        "https://prasan.example", null);
    BusinessCalendar calendar = mock(BusinessCalendar.class);
    when(calendar.zone()).thenReturn(ZoneId.of("Asia/Bangkok"));
    return new EscalationLadder(runtimeService, mock(AgencyOfficers.class), agencies,
        mock(SlaProperties.class), mock(ServiceLevels.class), mock(TaskClocks.class), events,
        notifications, new EscalationMetrics(meters), new TaskLinks(notification), notification,
        publisher, calendar, Clock.fixed(NOW, ZoneOffset.UTC), mock(CurrentActor.class));
  }

  @Test
  void theSupervisorsLevelTellsEachSupervisorGroupOnceRecordsItAndCountsIt() {
    DelegateExecution execution = ladderExecution("rtp-atpd-sup,rtp-ccib-sup", null);

    ladder(false).recordLevel(execution, SlaEvent.Level.SUPERVISORS);

    ArgumentCaptor<Bilingual> subjects = ArgumentCaptor.forClass(Bilingual.class);
    ArgumentCaptor<Bilingual> bodies = ArgumentCaptor.forClass(Bilingual.class);
    verify(notifications).tell(eq(CASE), eq("rtp-atpd-sup"), subjects.capture(),
        bodies.capture());
    verify(notifications).tell(eq(CASE), eq("rtp-ccib-sup"), any(), any());
    assertThat(subjects.getValue().en()).isEqualTo("Escalation: Triage tip overdue (" + CASE
        + ")");
    assertThat(subjects.getValue().th()).isEqualTo("งานเกินกำหนด: Triage tip (" + CASE + ")");
    assertThat(bodies.getValue().en()).contains("Held by: unclaimed")
        .contains("https://prasan.example/camunda/app/tasklist/default/#/?task=task-1")
        .doesNotContain("Legal deadline");
    assertThat(recorded()).extracting(SlaEvent::kind, SlaEvent::level, SlaEvent::toldGroup)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(SlaEvent.Kind.ESCALATED,
                SlaEvent.Level.SUPERVISORS, "rtp-atpd-sup"),
            org.assertj.core.groups.Tuple.tuple(SlaEvent.Kind.ESCALATED,
                SlaEvent.Level.SUPERVISORS, "rtp-ccib-sup"));
    assertThat(recorded()).allSatisfy(event -> {
      assertThat(event.escalation()).isEqualTo("ladder-1");
      assertThat(event.dueAt()).isEqualTo(DUE);
    });
    verify(execution).setVariable(eq(TaskEscalationProcess.VAR_LATE_BY), anyString());
    assertThat(escalations("SUPERVISORS", "false")).isEqualTo(1);
  }

  @Test
  void theCoordinatorLevelTellsOnlyTheCoordinatorsAndCountsALegalBreachAsLegal() {
    DelegateExecution execution = ladderExecution("rtp-atpd-sup", "POLICE_CUSTODY");

    ladder(false).recordLevel(execution, SlaEvent.Level.COORDINATOR);

    ArgumentCaptor<Bilingual> bodies = ArgumentCaptor.forClass(Bilingual.class);
    verify(notifications).tell(eq(CASE), eq(AgencyRegistry.COORDINATOR), any(),
        bodies.capture());
    verify(notifications, times(1)).tell(anyString(), anyString(), any(), any());
    assertThat(bodies.getValue().en())
        .contains("Legal deadline passed: Police custody (CPC s.87)");
    assertThat(recorded()).singleElement().satisfies(event -> {
      assertThat(event.level()).isEqualTo(SlaEvent.Level.COORDINATOR);
      assertThat(event.clock()).isEqualTo("POLICE_CUSTODY");
    });
    assertThat(escalations("COORDINATOR", "true")).isEqualTo(1);
  }

  @Test
  void aNewTaskIsAnnouncedOnlyWhenMailIsOn() {
    TaskEntity task = task(List.of("rtp-atpd"), DUE);

    ladder(false).announce(task);
    verify(publisher, never()).publishEvent(any(Object.class));

    ladder(true).announce(task);
    ArgumentCaptor<Object> announced = ArgumentCaptor.forClass(Object.class);
    verify(publisher).publishEvent(announced.capture());
    assertThat(announced.getValue()).isInstanceOfSatisfying(TaskAnnounced.class, event -> {
      assertThat(event.caseId()).isEqualTo(CASE);
      assertThat(event.groups()).containsExactly("rtp-atpd");
    });
  }

  @Test
  void aDueDateMovedAheadEndsTheClimbingLadder() {
    TaskEntity task = task(List.of("rtp-atpd"), NOW.plus(Duration.ofDays(2)));
    when(task.getVariableLocal(TaskEscalationProcess.TASK_VAR_ESCALATION)).thenReturn("ladder-1");

    ladder(false).dueDateChanged(task);

    verify(runtimeService.createMessageCorrelation(
        TaskEscalationProcess.MESSAGE_OVERDUE_TASK_DONE).processInstanceId("ladder-1"))
        .correlateAll();
    verify(task).removeVariableLocal(TaskEscalationProcess.TASK_VAR_ESCALATION);
    assertThat(recorded()).extracting(SlaEvent::kind)
        .containsExactly(SlaEvent.Kind.DUE_DATE_CHANGED, SlaEvent.Kind.CLOSED);
  }

  @Test
  void aDueDateStillPastIsRecordedAndTheLadderGoesOn() {
    TaskEntity task = task(List.of("rtp-atpd"), NOW.minus(Duration.ofHours(1)));
    when(task.getVariableLocal(TaskEscalationProcess.TASK_VAR_ESCALATION)).thenReturn("ladder-1");

    ladder(false).dueDateChanged(task);

    verify(task, never()).removeVariableLocal(anyString());
    verify(runtimeService, never()).createMessageCorrelation(anyString());
    assertThat(recorded()).extracting(SlaEvent::kind)
        .containsExactly(SlaEvent.Kind.DUE_DATE_CHANGED);
  }

  @Test
  void aTaskOfNoAgencyIsTheCoordinatorsAndATaskOfAgenciesStaysTheirs() {
    EscalationLadder ladder = ladder(false);

    assertThat(ladder.agencyGroups(overdue(List.of("someone", "rtp-ccib-sup"))))
        .containsExactly(AgencyRegistry.COORDINATOR);
    assertThat(ladder.agencyGroups(overdue(List.of("rtp-ccib", "someone", "rtp-atpd"))))
        .containsExactly("rtp-ccib", "rtp-atpd");
  }

  private List<SlaEvent> recorded() {
    ArgumentCaptor<SlaEvent> recorded = ArgumentCaptor.forClass(SlaEvent.class);
    verify(events, org.mockito.Mockito.atLeast(0)).record(recorded.capture());
    return recorded.getAllValues();
  }

  private double escalations(String level, String legal) {
    return meters.get(EscalationMetrics.ESCALATIONS).tag("level", level).tag("legal", legal)
        .counter().count();
  }

  private static DelegateExecution ladderExecution(String supervisorGroups, String clock) {
    Map<String, Object> variables = new HashMap<>();
    variables.put(TaskEscalationProcess.VAR_OVERDUE_DUE_AT, Date.from(DUE));
    variables.put(TaskEscalationProcess.VAR_OVERDUE_DUE_AT_TEXT, "2026-03-10 10:00");
    variables.put(TaskEscalationProcess.VAR_OVERDUE_TASK_ID, "task-1");
    variables.put(TaskEscalationProcess.VAR_OVERDUE_TASK_KEY, "Task_TriageTip");
    variables.put(TaskEscalationProcess.VAR_OVERDUE_TASK_NAME, "Triage tip");
    variables.put(TaskEscalationProcess.VAR_OVERDUE_AGENCY, "rtp-atpd");
    variables.put(TaskEscalationProcess.VAR_OVERDUE_HOLDER, EscalationLadder.UNCLAIMED);
    variables.put(TaskEscalationProcess.VAR_SUPERVISOR_GROUPS, supervisorGroups);
    if (clock != null) {
      variables.put(TaskEscalationProcess.VAR_BREACHED_CLOCK, clock);
      variables.put(TaskEscalationProcess.VAR_BREACHED_DEADLINE, "Police custody (CPC s.87)");
    }
    DelegateExecution execution = mock(DelegateExecution.class);
    when(execution.getProcessBusinessKey()).thenReturn(CASE);
    when(execution.getProcessInstanceId()).thenReturn("ladder-1");
    when(execution.getVariables()).thenReturn(variables);
    when(execution.getVariable(anyString())).thenAnswer(call -> variables.get(
        call.<String>getArgument(0)));
    return execution;
  }

  private static TaskEntity task(List<String> groups, Instant dueAt) {
    TaskEntity task = mock(TaskEntity.class);
    List<IdentityLinkEntity> links = groups.stream().map(group -> {
      IdentityLinkEntity link = mock(IdentityLinkEntity.class);
      when(link.getType()).thenReturn(IdentityLinkType.CANDIDATE);
      when(link.getGroupId()).thenReturn(group);
      return link;
    }).toList();
    when(task.getIdentityLinks()).thenReturn(links);
    ExecutionEntity execution = mock(ExecutionEntity.class);
    when(execution.getProcessBusinessKey()).thenReturn(CASE);
    when(task.getExecution()).thenReturn(execution);
    when(task.getId()).thenReturn("task-1");
    when(task.getTaskDefinitionKey()).thenReturn("Task_TriageTip");
    when(task.getName()).thenReturn("Triage tip");
    when(task.getDueDate()).thenReturn(Date.from(dueAt));
    return task;
  }

  private static OverdueTask overdue(List<String> groups) {
    return new OverdueTask("task-1", "Task_TriageTip", "Triage tip", CASE, groups, null, DUE);
  }

  private static Agency agency(String id) {
    return new Agency(id, id, id, Set.of());
  }
}
