package org.prasan.claims;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.prasan.casefile.CaseFileRepository;
import org.prasan.notification.AgencyNotifications;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

/**
 * DSI asks, the Board accepts by two thirds, the lead moves to DSI and police work in flight is
 * handed over. A stand-in stage holds one task of the lead ({@code ${leadAgency}}) and one of
 * rtp-ccib in its own right, as the investigation stages will.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class SpecialCaseApiTest {

  static final String STAGE = "police-work-stand-in";

  @Autowired
  MockMvc mvc;
  @Autowired
  ObjectMapper json;
  @Autowired
  IdentityService identityService;
  @Autowired
  TaskService taskService;
  @Autowired
  RuntimeService runtimeService;
  @Autowired
  RepositoryService repositoryService;
  @Autowired
  CaseFileRepository cases;
  @Autowired
  SpecialCaseRepository requests;
  @Autowired
  LeadHandover handover;
  @Autowired
  AgencyNotifications notifications;

  CaseApi api;
  String standInDeployment;

  @BeforeEach
  void deployStandInStage() {
    api = new CaseApi(mvc, json, identityService);
    standInDeployment = repositoryService.createDeployment().name("police work stand-in")
        .addModelInstance(STAGE + ".bpmn", Bpmn.createExecutableProcess(STAGE)
            .camundaHistoryTimeToLive(1)
            .startEvent().parallelGateway("Gateway_Split")
            .userTask("Task_LeadWork").camundaCandidateGroups("${leadAgency}").endEvent()
            .moveToNode("Gateway_Split")
            .userTask("Task_ForensicWork").camundaCandidateGroups("rtp-ccib").endEvent()
            .done())
        .deploy().getId();
  }

  @AfterEach
  void removeStandInStage() {
    repositoryService.deleteDeployment(standInDeployment, true);
  }

  @Test
  void boardAcceptanceTransfersTheLeadToDsiAndHandsPoliceTasksOver() throws Exception {
    String caseId = api.newCase();
    cases.recordLeadAgency(caseId, "rtp-atpd", "msdhs");
    runtimeService.startProcessInstanceByKey(STAGE, caseId, Map.of("leadAgency", "rtp-atpd"));
    Task leadWork = task(caseId, "Task_LeadWork");
    taskService.setAssignee(leadWork.getId(), "rtp-atpd.officer");

    MockHttpServletResponse requested = requestSpecialCase("dsi.officer", caseId);
    assertThat(requested.getStatus()).isEqualTo(201);
    Task boardDecision = task(caseId, DsiSpecialCaseProcess.TASK_RECORD_BOARD_DECISION);
    assertThat(groupsOf(boardDecision)).containsExactly("dsi");
    taskService.complete(boardDecision.getId(), Map.of(
        DsiSpecialCaseProcess.VAR_BOARD_RESOLUTION, DsiSpecialCaseProcess.ACCEPTED,
        DsiSpecialCaseProcess.VAR_BOARD_MEMBERS, 15,
        DsiSpecialCaseProcess.VAR_BOARD_VOTES_FOR, 11,
        DsiSpecialCaseProcess.VAR_BOARD_VOTES_AGAINST, 2,
        DsiSpecialCaseProcess.VAR_BOARD_VOTES_ABSTAINED, 1,
        DsiSpecialCaseProcess.VAR_BOARD_RESOLUTION_REF, "BSC 4/2569",
        DsiSpecialCaseProcess.VAR_BOARD_DECIDED_AT, new Date()));

    assertThat(cases.findById(caseId).orElseThrow().leadAgency()).isEqualTo("dsi");
    assertThat(cases.findById(caseId).orElseThrow().supportingAgencies())
        .isEqualTo("msdhs,rtp-atpd");
    Task handedOver = task(caseId, "Task_LeadWork");
    assertThat(handedOver.getId()).isEqualTo(leadWork.getId());
    assertThat(groupsOf(handedOver)).containsExactly("dsi");
    assertThat(handedOver.getAssignee()).isNull();
    assertThat(groupsOf(task(caseId, "Task_ForensicWork"))).containsExactly("rtp-ccib");
    assertThat(runtimeService.getVariable(handedOver.getProcessInstanceId(), "leadAgency"))
        .isEqualTo("dsi");
    assertThat(handover.handoversOf(caseId)).singleElement().satisfies(record -> {
      assertThat(record.fromAgency()).isEqualTo("rtp-atpd");
      assertThat(record.toAgency()).isEqualTo("dsi");
      assertThat(record.previousAssignee()).isEqualTo("rtp-atpd.officer");
    });
    SpecialCaseRequest decided = requests.ofCase(caseId).get(0);
    assertThat(decided.status()).isEqualTo(SpecialCaseRequest.ACCEPTED);
    assertThat(List.of(decided.boardMembers(), decided.votesFor(), decided.votesAgainst(),
        decided.votesAbstained())).containsExactly(15, 11, 2, 1);
    assertThat(notifications.ofCase(caseId)).extracting(AgencyNotifications.Notification::agency)
        .contains("dsi", "rtp-atpd", "msdhs");
  }

  @Test
  void boardRefusalLeavesTheLeadWhereItWas() throws Exception {
    String caseId = api.newCase();
    cases.recordLeadAgency(caseId, "rtp-atpd", "");
    requestSpecialCase("dsi.officer", caseId);

    taskService.complete(task(caseId, DsiSpecialCaseProcess.TASK_RECORD_BOARD_DECISION).getId(),
        Map.of(DsiSpecialCaseProcess.VAR_BOARD_RESOLUTION, DsiSpecialCaseProcess.REJECTED,
            DsiSpecialCaseProcess.VAR_BOARD_MEMBERS, 15,
            DsiSpecialCaseProcess.VAR_BOARD_VOTES_FOR, 7,
            DsiSpecialCaseProcess.VAR_BOARD_VOTES_AGAINST, 8,
            DsiSpecialCaseProcess.VAR_BOARD_VOTES_ABSTAINED, 0,
            DsiSpecialCaseProcess.VAR_BOARD_RESOLUTION_REF, "BSC 5/2569",
            DsiSpecialCaseProcess.VAR_BOARD_DECIDED_AT, new Date()));

    assertThat(cases.findById(caseId).orElseThrow().leadAgency()).isEqualTo("rtp-atpd");
    assertThat(requests.ofCase(caseId).get(0).status()).isEqualTo(SpecialCaseRequest.REJECTED);
  }

  @Test
  void onlyDsiCanRequestASpecialCase() throws Exception {
    String caseId = api.newCase();

    assertThat(requestSpecialCase("rtp-atpd.officer", caseId).getStatus()).isEqualTo(403);
    assertThat(requestSpecialCase("dsi.officer", "TIP-1999-999999").getStatus()).isEqualTo(404);
    assertThat(requests.ofCase(caseId)).isEmpty();
  }

  private MockHttpServletResponse requestSpecialCase(String user, String caseId)
      throws Exception {
    return api.postAs(user, "/api/cases/" + caseId + "/special-case-requests",
        Map.of("grounds", "Recruitment network spans Myanmar, Cambodia and Thailand"));
  }

  private Task task(String caseId, String taskDefinitionKey) {
    return taskService.createTaskQuery().processInstanceBusinessKey(caseId)
        .taskDefinitionKey(taskDefinitionKey).singleResult();
  }

  private List<String> groupsOf(Task task) {
    return taskService.getIdentityLinksForTask(task.getId()).stream()
        .map(IdentityLink::getGroupId)
        .filter(group -> group != null)
        .toList();
  }
}
