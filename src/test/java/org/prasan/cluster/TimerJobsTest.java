package org.prasan.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import java.util.Map;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.prasan.TestProfiles;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/**
 * Timers on the application's database (H2, or MariaDB with -Pmariadb, which keeps dates to the
 * second): a deadline fires once, at its time and not before, and a task done in time cancels
 * it. The engine clock is moved; the job executor is off in tests, so the test runs the jobs.
 */
@SpringBootTest
@ActiveProfiles(resolver = TestProfiles.class)
@Tag("mariadb")
class TimerJobsTest {

  private static final Instant NOW = Instant.now().truncatedTo(ChronoUnit.SECONDS);

  @Autowired
  RepositoryService repositoryService;
  @Autowired
  RuntimeService runtimeService;
  @Autowired
  ManagementService managementService;
  @Autowired
  HistoryService historyService;
  @Autowired
  TaskService taskService;

  @BeforeEach
  void deployTheProbe() {
    repositoryService.createDeployment().name(DeadlineProbe.PROCESS_KEY)
        .addClasspathResource(DeadlineProbe.BPMN).addClasspathResource(DeadlineProbe.FORM)
        .addClasspathResource(DeadlineProbe.START_FORM)
        .enableDuplicateFiltering(true).deploy();
    ClockUtil.setCurrentTime(Date.from(NOW));
  }

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  @Test
  void aDeadlineFiresOnceAtItsTimeAndNotBefore() {
    Instant deadline = NOW.plus(Duration.ofHours(24));
    String probe = startProbe(deadline);

    ClockUtil.setCurrentTime(Date.from(deadline.minusSeconds(1)));
    assertThat(dueTimers(probe)).isZero();

    ClockUtil.setCurrentTime(Date.from(deadline));
    Job timer = managementService.createJobQuery().processInstanceId(probe).timers()
        .executable().singleResult();
    assertThat(timer.getDuedate().toInstant()).isEqualTo(deadline);
    managementService.executeJob(timer.getId());

    assertThat(managementService.createJobQuery().processInstanceId(probe).count()).isZero();
    assertThat(passedThrough(probe, DeadlineProbe.TIMER_DEADLINE_PASSED)).isEqualTo(1);
    assertThat(passedThrough(probe, DeadlineProbe.END_ESCALATED)).isEqualTo(1);
    assertThat(taskService.createTaskQuery().processInstanceId(probe).count()).isZero();
  }

  @Test
  void aTaskDoneBeforeItsDeadlineCancelsTheTimer() {
    Instant deadline = NOW.plus(Duration.ofHours(24));
    String probe = startProbe(deadline);

    taskService.complete(taskService.createTaskQuery().processInstanceId(probe).singleResult()
        .getId(), Map.of(DeadlineProbe.VAR_ACKNOWLEDGED_BY, "coordinator"));
    ClockUtil.setCurrentTime(Date.from(deadline.plus(Duration.ofDays(1))));

    assertThat(managementService.createJobQuery().processInstanceId(probe).count()).isZero();
    assertThat(passedThrough(probe, DeadlineProbe.END_ACKNOWLEDGED)).isEqualTo(1);
    assertThat(passedThrough(probe, DeadlineProbe.TIMER_DEADLINE_PASSED)).isZero();
  }

  private String startProbe(Instant deadline) {
    return runtimeService.startProcessInstanceByKey(DeadlineProbe.PROCESS_KEY,
        Map.of(DeadlineProbe.VAR_DEADLINE, Date.from(deadline))).getId();
  }

  private long dueTimers(String processInstanceId) {
    return managementService.createJobQuery().processInstanceId(processInstanceId).timers()
        .executable().count();
  }

  private long passedThrough(String processInstanceId, String activityId) {
    return historyService.createHistoricActivityInstanceQuery()
        .processInstanceId(processInstanceId).activityId(activityId).finished().count();
  }
}
