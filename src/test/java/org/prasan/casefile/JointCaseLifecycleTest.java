package org.prasan.casefile;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.prasan.TestProfiles;
import org.prasan.agency.AgencyRegistry;
import org.prasan.intake.TipRequests;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.test.context.ActiveProfiles;

/**
 * A whole case, tip to judgment, through the HTTP APIs the Tasklist uses: each task is claimed
 * by an officer of its candidate group and submitted with the fields of its deployed form
 * only, as an officer filling the form would.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles(resolver = TestProfiles.class)
@Tag("mariadb")
class JointCaseLifecycleTest {

  private static final String AT = "2026-11-20T10:00+07:00";

  @Autowired
  TestRestTemplate http;
  @Autowired
  ObjectMapper json;

  private final Map<String, Integer> rounds = new HashMap<>();
  private final List<String> worked = new ArrayList<>();

  @Test
  void officersOfEveryAgencyTakeACaseFromTipToJudgmentWithAProsecutorsApproval()
      throws Exception {
    ResponseEntity<JsonNode> tip = http.withBasicAuth("rtp-atpd.officer", "demo")
        .postForEntity("/api/tips", TipRequests.aTip().build(), JsonNode.class);
    assertThat(tip.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    String caseId = tip.getBody().get("caseId").asText();

    for (int step = 0; step < 100 && !closed(caseId); step++) {
      JsonNode task = http.getForObject("/engine-rest/task?processInstanceBusinessKey="
          + caseId + "&sortBy=created&sortOrder=asc", JsonNode.class).get(0);
      work(task);
    }

    JsonNode finished = http.withBasicAuth("coordinator", "demo")
        .getForObject("/api/cases/" + caseId, JsonNode.class);
    assertThat(finished.get("status").asText()).isEqualTo("CLOSED");
    assertThat(finished.get("outcome").asText()).isEqualTo("JUDGED");
    assertThat(finished.get("closureReason").asText()).isEqualTo("Verdict: CONVICTED");
    assertThat(worked).containsSubsequence("Task_SubmitCaseFile:rtp-atpd.officer",
        "Task_ApproveCharging:oag-tip.officer", "Task_GatherAdditionalEvidence:rtp-atpd.officer",
        "Task_SubmitCaseFile:rtp-atpd.officer", "Task_ApproveCharging:oag-tip.officer",
        "Task_FileIndictment:oag-tip.officer");
    assertThat(worked).contains("Task_IdentifyVictims:mdt.officer",
        "Task_SeizeAssets:amlo.officer", "Task_RequestMutualLegalAssistance:oag-tip.officer",
        "Task_TakePretrialTestimony:oag-tip.officer", "Task_RepatriateVictim:msdhs.officer");
  }

  private boolean closed(String caseId) {
    return "CLOSED".equals(http.withBasicAuth("coordinator", "demo")
        .getForObject("/api/cases/" + caseId, JsonNode.class).get("status").asText());
  }

  private void work(JsonNode task) throws Exception {
    String id = task.get("id").asText();
    String key = task.get("taskDefinitionKey").asText();
    String officer = officerOf(id);
    Map<String, Object> answers = answersFor(key);
    assertThat(formFieldsOf(id)).as("fields of the form of %s", key)
        .containsAll(answers.keySet());

    http.postForEntity("/engine-rest/task/" + id + "/claim", Map.of("userId", officer),
        Void.class);
    Map<String, Object> variables = new LinkedHashMap<>();
    answers.forEach((name, value) -> variables.put(name, Map.of("value", value)));
    ResponseEntity<String> submitted = http.postForEntity(
        "/engine-rest/task/" + id + "/submit-form", Map.of("variables", variables), String.class);
    assertThat(submitted.getStatusCode()).as("submitting %s: %s", key, submitted.getBody())
        .isEqualTo(HttpStatus.NO_CONTENT);
    worked.add(key + ":" + officer);
  }

  private String officerOf(String taskId) {
    for (JsonNode link : http.getForObject("/engine-rest/task/" + taskId + "/identity-links",
        JsonNode.class)) {
      if ("candidate".equals(link.get("type").asText()) && link.hasNonNull("groupId")) {
        String group = link.get("groupId").asText();
        return AgencyRegistry.COORDINATOR.equals(group) ? group : group + ".officer";
      }
    }
    throw new AssertionError("task " + taskId + " has no candidate group");
  }

  private Set<String> formFieldsOf(String taskId) throws Exception {
    String form = http.getForObject("/engine-rest/task/" + taskId + "/deployed-form",
        String.class);
    Set<String> keys = new HashSet<>();
    collectKeys(json.readTree(form).get("components"), keys);
    return keys;
  }

  private static void collectKeys(JsonNode components, Set<String> keys) {
    for (JsonNode component : components) {
      if (component.has("components")) {
        collectKeys(component.get("components"), keys);
      }
      if (component.has("key") && !component.path("readonly").asBoolean(false)) {
        keys.add(component.get("key").asText());
      }
    }
  }

  /** What the officer enters on each form; the second round of some tasks differs. */
  private Map<String, Object> answersFor(String taskKey) {
    int round = rounds.merge(taskKey, 1, Integer::sum);
    return switch (taskKey) {
      case "Task_TriageTip" -> Map.of("triageOutcome", "TRAFFICKING_SUSPECTED",
          "triageNotes", "Recruiter's number matches two earlier hotline calls",
          "childVictim", true, "transnational", true);
      case "Task_ConfirmLeadAgency" -> Map.of("leadAgency", "rtp-atpd",
          "supportingAgencies", "msdhs,immigration",
          "leadDecisionReason", "Suspects are in Chiang Rai; ATPD leads, DSI not yet needed");
      case "Task_ScreenPotentialVictims" -> Map.of("screeningStartedAt", AT,
          "potentialVictimCount", 3, "childVictimPresent", "YES", "foreignVictimPresent", "YES",
          "screeningExtensionNeeded", "YES");
      case "Task_RequestScreeningExtension" -> Map.of("screeningExtendedUntil",
          "2026-11-25T10:00+07:00", "courtOrderReference", "CR-PROV-2026-118");
      case "Task_InterviewChildVictim" -> Map.of("childInterviewRoomSuitable", true,
          "childInterviewPsychologistOrSocialWorkerPresent", true,
          "childInterviewProsecutorPresent", true, "childInterviewedAt", AT);
      case "Task_IdentifyVictims" -> Map.of("identificationOutcome", "VICTIMS_IDENTIFIED",
          "identifiedVictimCount", 2, "victimAgeBand", "15_TO_17");
      case "Task_ReferToShelter" -> Map.of("shelterAdmittedAt", AT,
          "shelterName", "Chiang Rai Welfare Protection Centre");
      case "Task_InformVictimRights" -> Map.of("rightsInformedAt", AT,
          "victimWantsCompensation", "YES", "interpreterUsed", true);
      case "Task_PlanInvestigation" -> Map.of("investigationMode", "PROACTIVE",
          "warrantlessSearchConducted", "YES");
      case "Task_ReportWarrantlessSearch" -> Map.of("searchedAt", AT,
          "searchReportSummary", "Entered the karaoke bar at night: victims at risk of transfer");
      case "Task_ConductInvestigation" -> Map.of("investigationFindings",
          "Recruiter and bar owner identified; payments traced", "arrestOutcome",
          "SUSPECT_ARRESTED", "assetsFound", "YES");
      case "Task_RecordArrest" -> Map.of("arrestedAt", AT, "suspectCount", 2,
          "maxPenaltyYears", 20, "offenceDescription", "Trafficking of children, s.52");
      case "Task_PetitionRemand" -> Map.of("remandOutcome", "REMAND_GRANTED",
          "remandGrantedUntil", "2026-12-02T10:00+07:00");
      case "Task_SeizeAssets" -> Map.of("seizedAt", AT, "seizureOrderReference", "AMLO-48-2026-77",
          "assetDescription", "Bar premises and two bank accounts");
      case "Task_AssessDigitalEvidence" -> Map.of("digitalEvidenceScope", "FOREIGN_PROVIDERS",
          "devicesSeized", 4);
      case "Task_RequestDataPreservation" -> Map.of("preservationRequestedAt", AT,
          "providerNames", "Two messaging providers abroad");
      case "Task_RequestMutualLegalAssistance" -> Map.of("mlaRequestedAt", AT,
          "mlaReference", "OAG-MLA-2026-031");
      case "Task_ExamineDigitalEvidence" -> Map.of("forensicReportSummary",
          "Chats show recruitment and debt bondage", "forensicReportAt", AT);
      case "Task_HandOverDigitalEvidence" -> Map.of("handedOverAt", AT,
          "exhibitReferences", "EXH-1 to EXH-4");
      case "Task_SubmitCaseFile" -> Map.of("caseFileSummary",
          "Two suspects, two child victims, chats and payments", "suspectDetained", "YES",
          "compensationClaimRequested", "YES");
      case "Task_ApproveCharging" -> round == 1
          ? Map.of("chargingDecision", "RETURN_FOR_EVIDENCE",
              "returnReason", "Statement of the second victim is missing")
          : Map.of("chargingDecision", "APPROVE",
              "chargesApproved", "Trafficking in children (s.52), two counts");
      case "Task_GatherAdditionalEvidence" -> Map.of("additionalEvidenceSummary",
          "Second victim's statement taken with MDT present");
      case "Task_PrepareCompensationClaim" -> Map.of("compensationAmountClaimed", 250000,
          "compensationClaimBasis", "Lost wages and psychological harm");
      case "Task_FileIndictment" -> Map.of("indictmentFiledAt", AT,
          "courtCaseNumber", "Kor.Mor. 12/2569", "victimSupportPlan", "REPATRIATION");
      case "Task_TakePretrialTestimony" -> Map.of("testimonyTakenAt", AT);
      case "Task_RepatriateVictim" -> Map.of("repatriatedAt", "2026-12-20T10:00+07:00",
          "destinationCountry", "MM");
      case "Task_RecordHearing" -> Map.of("hearingAt", AT, "hearingNotes", "Witnesses heard",
          "nextStep", round == 1 ? "ANOTHER_HEARING" : "JUDGMENT_DELIVERED");
      case "Task_RecordJudgment" -> Map.of("judgmentAt", AT, "verdict", "CONVICTED",
          "compensationAwarded", "YES");
      case "Task_DecideAppeal" -> Map.of("appealDecision", "NO_APPEAL");
      case "Task_EnforceCompensation" -> Map.of("compensationPaidAmount", 180000,
          "enforcementNotes", "Paid from the seized accounts");
      default -> throw new AssertionError("No answers for task " + taskKey);
    };
  }
}
