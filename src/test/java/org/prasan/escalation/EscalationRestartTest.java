package org.prasan.escalation;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Date;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.prasan.PrasanApplication;
import org.prasan.intake.IntakeService;
import org.prasan.intake.TipRequest;
import org.prasan.intake.TipSource;
import org.prasan.sla.SlaEvent;
import org.prasan.sla.SlaEvents;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Pending clocks across a restart, on the H2 file database of the demo: the application stops
 * with an escalation climbing, starts again on the same files, and every timer fires once.
 */
class EscalationRestartTest {

  private static final ZoneId BANGKOK = ZoneId.of("Asia/Bangkok");
  private static final Instant MONDAY_10 = bangkok(9, 10, 0);

  @TempDir
  Path data;

  @AfterEach
  void resetTheClock() {
    ClockUtil.reset();
  }

  @Test
  void neitherLosesNorDoublesPendingTimersAcrossARestart() throws Exception {
    // Process tests leave their stand-in delegates in Camunda's Mocks, which win over beans.
    Mocks.reset();
    ClockUtil.setCurrentTime(Date.from(MONDAY_10));
    String caseId;
    try (ConfigurableApplicationContext first = start()) {
      caseId = first.getBean(IntakeService.class).receive(new TipRequest(TipSource.HOTLINE,
          null, MONDAY_10, "Chiang Rai", "Caller reports teenagers recruited across the border",
          Set.of(), List.of()), "rtp-atpd.officer").caseId();
      assertThat(pendingJobs(first, caseId)).as("the triage task's clock").hasSize(1);
      runDueJobs(first, caseId, bangkok(10, 10, 1));
      assertThat(escalations(first, caseId)).containsExactly(SlaEvent.Level.SUPERVISORS);
    }

    try (ConfigurableApplicationContext second = start()) {
      assertThat(pendingJobs(second, caseId)).as("the supervisors' grace timer, once")
          .hasSize(1);
      runDueJobs(second, caseId, bangkok(11, 10, 2));
      runDueJobs(second, caseId, bangkok(20, 10, 0));

      assertThat(escalations(second, caseId))
          .containsExactly(SlaEvent.Level.SUPERVISORS, SlaEvent.Level.COORDINATOR);
      assertThat(second.getBean(TaskService.class).createTaskQuery()
          .processInstanceBusinessKey(caseId)
          .taskDefinitionKey(TaskEscalationProcess.TASK_RESOLVE_OVERDUE_TASK).count())
          .isEqualTo(1);
    }
  }

  private ConfigurableApplicationContext start() {
    // Arguments, not default properties: they must win over the test profile's in-memory H2.
    return new SpringApplicationBuilder(PrasanApplication.class)
        .profiles("test")
        .run("--spring.datasource.url=jdbc:h2:file:" + data.resolve("prasan")
                + ";DB_CLOSE_ON_EXIT=FALSE",
            "--server.port=0", "--prasan.metrics.schedule=false");
  }

  private static List<Job> pendingJobs(ConfigurableApplicationContext app, String caseId) {
    ManagementService management = app.getBean(ManagementService.class);
    return app.getBean(RuntimeService.class).createProcessInstanceQuery()
        .processInstanceBusinessKey(caseId).list().stream()
        .flatMap(instance -> management.createJobQuery().processInstanceId(instance.getId())
            .list().stream())
        .toList();
  }

  private static void runDueJobs(ConfigurableApplicationContext app, String caseId,
                                 Instant when) {
    ClockUtil.setCurrentTime(Date.from(when));
    ManagementService management = app.getBean(ManagementService.class);
    for (int round = 0; round < 5; round++) {
      List<Job> due = pendingJobs(app, caseId).stream()
          .filter(job -> !job.getDuedate().toInstant().isAfter(when))
          .toList();
      if (due.isEmpty()) {
        return;
      }
      due.forEach(job -> management.executeJob(job.getId()));
    }
  }

  private static List<SlaEvent.Level> escalations(ConfigurableApplicationContext app,
                                                  String caseId) {
    return app.getBean(SlaEvents.class).ofCase(caseId).stream()
        .filter(event -> event.kind() == SlaEvent.Kind.ESCALATED)
        .map(SlaEvent::level)
        .toList();
  }

  private static Instant bangkok(int dayOfMarch, int hour, int minute) {
    return ZonedDateTime.of(2026, 3, dayOfMarch, hour, minute, 0, 0, BANGKOK).toInstant();
  }
}
