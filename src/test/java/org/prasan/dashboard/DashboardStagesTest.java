package org.prasan.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.junit.jupiter.api.Test;
import org.prasan.casefile.JointCaseProcess;

/** The dashboard's stages are joint-case's, and a case at an older version's stage counts. */
class DashboardStagesTest {

  @Test
  void everyStageIsAnActivityOfTheDeployedJointCase() {
    BpmnModelInstance jointCase = Bpmn.readModelFromStream(
        getClass().getResourceAsStream("/processes/joint-case.bpmn"));

    for (String stage : DashboardFigures.STAGES) {
      assertThat((Object) jointCase.getModelElementById(stage)).as(stage).isNotNull();
    }
    assertThat(DashboardFigures.STAGES).containsAll(DashboardFigures.COUNTED_AS.values());
  }

  @Test
  void aCaseStillInTheCalledTriageOfAnOlderVersionIsListedAtTheTriage() {
    assertThat(DashboardFigures.activitiesAt(JointCaseProcess.TASK_TRIAGE_TIP))
        .containsExactly(JointCaseProcess.TASK_TRIAGE_TIP, JointCaseProcess.CALL_TIP_TRIAGE);
    assertThat(DashboardFigures.activitiesAt(JointCaseProcess.CALL_CHARGING))
        .containsExactly(JointCaseProcess.CALL_CHARGING,
            JointCaseProcess.CALL_CHARGE_ON_FILE_AT_HAND);
    assertThat(DashboardFigures.activitiesAt(JointCaseProcess.TASK_CONFIRM_LEAD_AGENCY))
        .containsExactly(JointCaseProcess.TASK_CONFIRM_LEAD_AGENCY);
  }
}
