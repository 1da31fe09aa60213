package org.prasan.agency;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Date;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.prasan.TestProfiles;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/**
 * An officer's page of the agency's tasks, as the Tasklist asks for it, is the right page in
 * the right order on MariaDB too, where the statement is reshaped (TaskQueryAuthorizationRewrite,
 * TaskListPageFirst). MockMvc only so that this test shares the API tests' cached context.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles(resolver = TestProfiles.class)
@Tag("mariadb")
class AgencyTaskListTest {

  private static final String OFFICER = "rtp-atpd.officer";
  private static final String AGENCY = "rtp-atpd";

  @Autowired
  TaskService taskService;
  @Autowired
  IdentityService identityService;

  private final String run = "page-" + UUID.randomUUID() + "-";
  private final List<String> created = new ArrayList<>();

  @AfterEach
  void deleteTheTasks() {
    identityService.clearAuthentication();
    taskService.deleteTasks(created, true);
  }

  @Test
  void anOfficersSecondPageByDueDateIsTheAgencysSixthToTenthTask() {
    List<Integer> days = new ArrayList<>(List.of(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12));
    Collections.shuffle(days, new Random(7));
    days.forEach(day -> newTask(AGENCY, day));
    newTask("immigration", 0);

    identityService.setAuthentication(OFFICER, List.of(AGENCY));
    List<Task> page = taskService.createTaskQuery().taskCandidateGroup(AGENCY)
        .taskNameLike(run + "%").orderByDueDate().asc().listPage(5, 5);

    assertThat(page).extracting(Task::getName)
        .containsExactly(run + 6, run + 7, run + 8, run + 9, run + 10);
    assertThat(taskService.createTaskQuery().taskNameLike(run + "%").count()).isEqualTo(12);
  }

  private void newTask(String agency, int day) {
    Task task = taskService.newTask();
    task.setName(run + day);
    task.setDueDate(Date.from(Instant.parse("2030-01-01T00:00:00Z").plus(day, ChronoUnit.DAYS)));
    taskService.saveTask(task);
    taskService.addCandidateGroup(task.getId(), agency);
    created.add(task.getId());
  }
}
