package org.prasan.statistics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.prasan.TestProfiles;
import org.prasan.system.FieldProblem;
import org.prasan.system.RuleViolationException;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ActiveProfiles;

/**
 * The deployed SOP's "Identify victims" task records its victims in the reporting store when
 * completed, and is refused, staying open with nothing stored, when a fact is missing.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles(resolver = TestProfiles.class)
@Tag("mariadb")
class TaskCompletionFactsTest {

  @Autowired
  RuntimeService runtime;
  @Autowired
  TaskService tasks;
  @Autowired
  JdbcClient jdbc;

  @Test
  void identifyingVictimsRecordsThemAndAMissingFactKeepsTheTaskOpen() {
    String caseId = "TIP-2018-000021";
    runtime.createProcessInstanceByKey("victim-identification").businessKey(caseId)
        .startBeforeActivity("Task_IdentifyVictims")
        .setVariables(Map.of("caseId", caseId, "leadAgency", "rtp-atpd"))
        .execute();
    Task identify = tasks.createTaskQuery().processInstanceBusinessKey(caseId)
        .taskDefinitionKey("Task_IdentifyVictims").singleResult();
    Map<String, Object> form = new HashMap<>(Map.of("identificationOutcome",
        "VICTIMS_IDENTIFIED", "identifiedVictimCount", 3L, "victimAgeBand", "MIXED",
        "victimsWomen", 1L, "victimsGirls", 2L, "victimsMen", 0L, "victimsBoys", 0L,
        "victimNationality", "LA", "exploitationForm", "SEXUAL"));

    assertThatThrownBy(() -> tasks.complete(identify.getId(), form))
        .isInstanceOfSatisfying(RuleViolationException.class, refused -> {
          assertThat(refused.fields()).extracting(FieldProblem::field)
              .containsExactly("exploitationSector");
          assertThat(refused.getMessage()).contains("ต้องระบุ").contains("is required");
        });
    assertThat(tasks.createTaskQuery().taskId(identify.getId()).count()).isOne();
    assertThat(groups(caseId)).isZero();

    form.put("exploitationSector", "ENTERTAINMENT");
    tasks.complete(identify.getId(), form);

    assertThat(groups(caseId)).isOne();
    assertThat(jdbc.sql("SELECT girls FROM stat_victim_group WHERE case_id = ?").param(caseId)
        .query(Integer.class).single()).isEqualTo(2);
  }

  private long groups(String caseId) {
    return jdbc.sql("SELECT COUNT(*) FROM stat_victim_group WHERE case_id = ?").param(caseId)
        .query(Long.class).single();
  }
}
