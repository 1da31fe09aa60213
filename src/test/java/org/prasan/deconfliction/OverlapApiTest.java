package org.prasan.deconfliction;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.prasan.TestProfiles;
import org.prasan.casefile.CaseFile;
import org.prasan.casefile.CaseFileRepository;
import org.prasan.casefile.CaseStatus;
import org.prasan.claims.CaseApi;
import org.prasan.intake.TipRequests;
import org.prasan.notification.AgencyNotifications;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;

@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles(resolver = TestProfiles.class)
@Tag("mariadb")
class OverlapApiTest {

  @Autowired
  MockMvc mvc;
  @Autowired
  ObjectMapper json;
  @Autowired
  TaskService taskService;
  @Autowired
  IdentityService identityService;
  @Autowired
  CaseFileRepository cases;
  @Autowired
  IdentifierIndex index;
  @Autowired
  OverlapRepository overlaps;
  @Autowired
  AgencyNotifications notifications;

  CaseApi api;
  String phone;

  @BeforeEach
  void api() {
    api = new CaseApi(mvc, json, identityService);
    phone = TipRequests.aPhoneOfItsOwn();
  }

  @Test
  void aTipWithTheSamePhoneWrittenDifferentlyPointsAtTheOpenCase() throws Exception {
    String hotlineCase = caseNaming("PHONE", phone, "HOTLINE");

    JsonNode answer = api.read(tipNaming("PHONE", international(phone), "NCMEC_CYBERTIPLINE"));

    String ncmecCase = answer.get("caseId").asText();
    assertThat(answer.get("overlapsWith")).extracting(JsonNode::asText)
        .containsExactly(hotlineCase);
    Task review = review(ncmecCase);
    assertThat(review.getName()).isEqualTo("Possible overlap with " + hotlineCase);
    assertThat(taskService.getIdentityLinksForTask(review.getId()))
        .extracting(IdentityLink::getGroupId)
        .contains("coordinator", "rtp-atpd", "rtp-ticac");
    assertThat(taskService.getVariable(review.getId(),
        OverlapReviewProcess.VAR_MATCHED_IDENTIFIERS)).isEqualTo("PHONE " + international(phone));
    assertThat(openTaskNames(api.caseView(hotlineCase)))
        .contains("Possible overlap with " + hotlineCase);
  }

  @Test
  void mergingKeepsOneCaseWithEverythingAndEndsTheOtherAsMerged() throws Exception {
    String first = caseNaming("PHONE", phone, "HOTLINE");
    String second = api.read(tipNaming("PHONE", international(phone), "NGO")).get("caseId")
        .asText();

    decide(review(second), Map.of(
        OverlapReviewProcess.VAR_OVERLAP_DECISION, OverlapReviewProcess.MERGE,
        OverlapReviewProcess.VAR_MERGE_DIRECTION, OverlapReviewProcess.KEEP_OTHER_CASE,
        OverlapReviewProcess.VAR_OVERLAP_REASON, "Same victims, reported twice"));

    CaseFile merged = cases.findById(second).orElseThrow();
    assertThat(merged.status()).isEqualTo(CaseStatus.CLOSED);
    assertThat(merged.outcome()).isEqualTo("MERGED");
    assertThat(merged.closureReason()).isEqualTo("Merged into " + first
        + ": Same victims, reported twice");
    assertThat(index.identifiersOf(second)).isEmpty();
    assertThat(index.identifiersOf(first))
        .extracting(IdentifierIndex.Identifier::mergedFrom).containsExactly(null, second);
    assertThat(overlaps.carriedOverTo(first))
        .extracting(OverlapRepository.CarriedOver::variableName).contains("tipSummary");
    assertThat(taskService.createTaskQuery().processInstanceBusinessKey(second)
        .processDefinitionKey("joint-case").count()).isZero();
    assertThat(api.caseView(first).get("mergedCases")).extracting(JsonNode::asText)
        .containsExactly(second);
    assertThat(api.caseView(second).get("mergedInto").asText()).isEqualTo(first);
    assertThat(notifications.ofCase(first)).extracting(AgencyNotifications.Notification::subject)
        .containsExactly("Case " + second + " merged into " + first);
  }

  @Test
  void linkedCasesShowEachOtherAndBothStayOpen() throws Exception {
    String first = caseNaming("EMAIL", "Recruiter." + phone + "@Example.com", "HOTLINE");
    String second = api.read(tipNaming("EMAIL", "recruiter." + phone + "@example.COM",
        "HOTLINE")).get("caseId").asText();

    decide(review(second), Map.of(
        OverlapReviewProcess.VAR_OVERLAP_DECISION, OverlapReviewProcess.LINK,
        OverlapReviewProcess.VAR_OVERLAP_REASON, "Same recruiter, different victims"));

    assertThat(api.caseView(first).get("linkedCases")).extracting(JsonNode::asText)
        .containsExactly(second);
    assertThat(api.caseView(second).get("linkedCases")).extracting(JsonNode::asText)
        .containsExactly(first);
    assertThat(cases.findById(first).orElseThrow().status()).isEqualTo(CaseStatus.OPEN);
    assertThat(cases.findById(second).orElseThrow().status()).isEqualTo(CaseStatus.OPEN);
  }

  @Test
  void aDismissedOverlapIsRecordedWithItsReasonAndNotRaisedAgain() throws Exception {
    String first = caseNaming("HANDLE", "@jobs_" + phone, "HOTLINE");
    String second = api.read(tipNaming("HANDLE", "jobs_" + phone, "HOTLINE")).get("caseId")
        .asText();

    decide(review(second), Map.of(
        OverlapReviewProcess.VAR_OVERLAP_DECISION, OverlapReviewProcess.DISMISS,
        OverlapReviewProcess.VAR_OVERLAP_REASON, "Handle belongs to a job board"));

    assertThat(overlaps.involving(first)).singleElement().satisfies(overlap -> {
      assertThat(overlap.status()).isEqualTo(Overlap.Status.DISMISSED);
      assertThat(overlap.reason()).isEqualTo("Handle belongs to a job board");
    });
    assertThat(addIdentifier("rtp-atpd.officer", second, "HANDLE", "@JOBS_" + phone)
        .getStatus()).isEqualTo(200);
    assertThat(CaseApi.openTasks(taskService, second, OverlapReviewProcess.PROCESS_KEY))
        .isEmpty();
  }

  @Test
  void aPhoneOnSeveralCasesStartsOneReviewThatDecidesThemAll() throws Exception {
    String first = caseNaming("PHONE", phone, "HOTLINE");
    String second = api.read(tipNaming("PHONE", phone, "HOTLINE")).get("caseId").asText();
    decide(review(second), Map.of(
        OverlapReviewProcess.VAR_OVERLAP_DECISION, OverlapReviewProcess.DISMISS,
        OverlapReviewProcess.VAR_OVERLAP_REASON, "Hotline number"));

    JsonNode answer = api.read(tipNaming("PHONE", international(phone), "NGO"));

    String third = answer.get("caseId").asText();
    assertThat(answer.get("overlapsWith")).extracting(JsonNode::asText)
        .containsExactlyInAnyOrder(first, second);
    Task review = review(third);
    assertThat(taskService.getVariable(review.getId(),
        OverlapReviewProcess.VAR_MATCHED_IDENTIFIERS))
        .isEqualTo("PHONE " + international(phone) + " (2 cases)");
    assertThat(openTaskNames(api.caseView(first))).contains(review.getName());
    assertThat(openTaskNames(api.caseView(second))).contains(review.getName());
    assertThat(overlaps.involving(third)).hasSize(2)
        .allSatisfy(overlap -> assertThat(overlap.processInstanceId())
            .isEqualTo(review.getProcessInstanceId()));

    decide(review, Map.of(
        OverlapReviewProcess.VAR_OVERLAP_DECISION, OverlapReviewProcess.LINK,
        OverlapReviewProcess.VAR_OVERLAP_REASON, "Same recruiter"));

    assertThat(api.caseView(third).get("linkedCases")).extracting(JsonNode::asText)
        .containsExactlyInAnyOrder(first, second);
    assertThat(overlaps.involving(first)).extracting(Overlap::status)
        .containsExactlyInAnyOrder(Overlap.Status.DISMISSED, Overlap.Status.LINKED);
    assertThat(notifications.ofCase(second))
        .extracting(AgencyNotifications.Notification::subject)
        .contains("Cases " + third + " and " + second + " linked");
  }

  @Test
  void aReviewOfSeveralCasesCannotMergeThem() throws Exception {
    String first = caseNaming("PHONE", phone, "HOTLINE");
    String second = caseNaming("EMAIL", "x." + phone + "@example.com", "HOTLINE");
    String third = api.read(api.postTip(TipRequests.aTip().with("source", "NGO")
        .with("identifiers", List.of(Map.of("type", "PHONE", "value", phone),
            Map.of("type", "EMAIL", "value", "x." + phone + "@example.com")))))
        .get("caseId").asText();
    Task review = review(third);

    org.assertj.core.api.Assertions.assertThatThrownBy(() -> decide(review, Map.of(
        OverlapReviewProcess.VAR_OVERLAP_DECISION, OverlapReviewProcess.MERGE,
        OverlapReviewProcess.VAR_MERGE_DIRECTION, OverlapReviewProcess.KEEP_OTHER_CASE,
        OverlapReviewProcess.VAR_OVERLAP_REASON, "Same")))
        .hasMessageContaining("cannot merge");
    assertThat(cases.findById(first).orElseThrow().status()).isEqualTo(CaseStatus.OPEN);
    assertThat(cases.findById(second).orElseThrow().status()).isEqualTo(CaseStatus.OPEN);
    assertThat(cases.findById(third).orElseThrow().status()).isEqualTo(CaseStatus.OPEN);
  }

  @Test
  void anIdentifierAnOfficerAddsToACaseIsMatchedAtOnce() throws Exception {
    String account = "123-4-" + phone.replace("-", "").substring(3);
    String first = caseNaming("BANK_ACCOUNT", account, "HOTLINE");
    String second = api.newCase();

    MockHttpServletResponse added = addIdentifier("rtp-atpd.officer", second, "BANK_ACCOUNT",
        account.replace("-", " "));

    assertThat(added.getStatus()).isEqualTo(201);
    JsonNode body = api.read(added);
    assertThat(body.get("normalizedValue").asText()).isEqualTo(account.replace("-", ""));
    assertThat(body.get("overlapsWith")).extracting(JsonNode::asText).containsExactly(first);
    assertThat(review(second).getName()).isEqualTo("Possible overlap with " + first);
  }

  @Test
  void forbidsAddingAnIdentifierToACaseTheOfficersAgencyDoesNotWorkOn() throws Exception {
    String caseId = api.newCase();

    // Answered as for a case that does not exist: an outsider learns nothing.
    assertThat(addIdentifier("msdhs.officer", caseId, "PHONE", phone).getStatus())
        .isEqualTo(404);
    assertThat(addIdentifier("rtp-atpd.officer", "TIP-1999-999999", "PHONE", phone).getStatus())
        .isEqualTo(404);
  }

  private MockHttpServletResponse tipNaming(String type, String value, String source)
      throws Exception {
    return api.postTip(TipRequests.aTip().with("source", source)
        .with("identifiers", List.of(Map.of("type", type, "value", value))));
  }

  private String caseNaming(String type, String value, String source) throws Exception {
    JsonNode answer = api.read(tipNaming(type, value, source));
    assertThat(answer.get("overlapsWith")).isEmpty();
    return answer.get("caseId").asText();
  }

  private MockHttpServletResponse addIdentifier(String user, String caseId, String type,
                                                String value) throws Exception {
    return api.postAs(user, "/api/cases/" + caseId + "/identifiers",
        Map.of("type", type, "value", value));
  }

  private Task review(String caseId) {
    List<Task> reviews = CaseApi.openTasks(taskService, caseId, OverlapReviewProcess.PROCESS_KEY);
    assertThat(reviews).hasSize(1);
    return reviews.get(0);
  }

  private void decide(Task review, Map<String, Object> formFields) {
    identityService.setAuthentication("coordinator", List.of("coordinator"));
    try {
      taskService.complete(review.getId(), formFields);
    } finally {
      identityService.clearAuthentication();
    }
  }

  private static List<String> openTaskNames(JsonNode view) {
    return view.get("openTasks").findValuesAsText("name");
  }

  /** 09x-xxx-xxxx as +669xxxxxxxx: the same number written the international way. */
  private static String international(String thaiNumber) {
    return "+66" + thaiNumber.replace("-", "").substring(1);
  }
}
