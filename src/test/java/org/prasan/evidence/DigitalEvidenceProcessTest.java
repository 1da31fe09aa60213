package org.prasan.evidence;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.prasan.evidence.DigitalEvidenceProcess.DOMESTIC_PROVIDERS;
import static org.prasan.evidence.DigitalEvidenceProcess.END_DIGITAL_EVIDENCE_HANDED_OVER;
import static org.prasan.evidence.DigitalEvidenceProcess.END_NO_DIGITAL_EVIDENCE;
import static org.prasan.evidence.DigitalEvidenceProcess.FOREIGN_PROVIDERS;
import static org.prasan.evidence.DigitalEvidenceProcess.FORM_ASSESS_DIGITAL_EVIDENCE;
import static org.prasan.evidence.DigitalEvidenceProcess.FORM_EXAMINE_DIGITAL_EVIDENCE;
import static org.prasan.evidence.DigitalEvidenceProcess.FORM_HAND_OVER_DIGITAL_EVIDENCE;
import static org.prasan.evidence.DigitalEvidenceProcess.FORM_REQUEST_DATA_PRESERVATION;
import static org.prasan.evidence.DigitalEvidenceProcess.FORM_REQUEST_MUTUAL_LEGAL_ASSISTANCE;
import static org.prasan.evidence.DigitalEvidenceProcess.NONE;
import static org.prasan.evidence.DigitalEvidenceProcess.OAG_TIP;
import static org.prasan.evidence.DigitalEvidenceProcess.RTP_CCIB;
import static org.prasan.evidence.DigitalEvidenceProcess.TASK_ASSESS_DIGITAL_EVIDENCE;
import static org.prasan.evidence.DigitalEvidenceProcess.TASK_EXAMINE_DIGITAL_EVIDENCE;
import static org.prasan.evidence.DigitalEvidenceProcess.TASK_HAND_OVER_DIGITAL_EVIDENCE;
import static org.prasan.evidence.DigitalEvidenceProcess.TASK_REQUEST_DATA_PRESERVATION;
import static org.prasan.evidence.DigitalEvidenceProcess.TASK_REQUEST_MUTUAL_LEGAL_ASSISTANCE;
import static org.prasan.evidence.DigitalEvidenceProcess.VAR_DEVICES_SEIZED;
import static org.prasan.evidence.DigitalEvidenceProcess.VAR_DIGITAL_EVIDENCE_SCOPE;
import static org.prasan.evidence.DigitalEvidenceProcess.VAR_EXHIBIT_REFERENCES;
import static org.prasan.evidence.DigitalEvidenceProcess.VAR_FORENSIC_REPORT_AT;
import static org.prasan.evidence.DigitalEvidenceProcess.VAR_FORENSIC_REPORT_SUMMARY;
import static org.prasan.evidence.DigitalEvidenceProcess.VAR_HANDED_OVER_AT;
import static org.prasan.evidence.DigitalEvidenceProcess.VAR_MLA_REFERENCE;
import static org.prasan.evidence.DigitalEvidenceProcess.VAR_MLA_REQUESTED_AT;
import static org.prasan.evidence.DigitalEvidenceProcess.VAR_PRESERVATION_REQUESTED_AT;
import static org.prasan.evidence.DigitalEvidenceProcess.VAR_PROVIDER_NAMES;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.Map;
import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.prasan.FormSubmission;
import org.prasan.ProcessTestEngine;
import org.prasan.casefile.JointCaseProcess;
import org.prasan.sla.LegalClock;

@Deployment(resources = {"processes/digital-evidence.bpmn", "forms/assess-digital-evidence.form",
    "forms/request-data-preservation.form", "forms/request-mutual-legal-assistance.form",
    "forms/track-mutual-legal-assistance.form",
    "forms/examine-digital-evidence.form", "forms/hand-over-digital-evidence.form"})
@Tag("mariadb")
class DigitalEvidenceProcessTest {

  private static final String CASE_ID = "TIP-2026-000077";
  private static final Instant NOW = Instant.parse("2026-04-20T03:00:00Z");

  @RegisterExtension
  static ProcessEngineExtension engine = ProcessTestEngine.extension();

  @BeforeEach
  void registerBeansAndFixTheClock() {
    ProcessTestEngine.registerStandardBeans();
    Mocks.register(DigitalEvidenceProcess.DELEGATE_HAND_OVER_EVIDENCE, (JavaDelegate) execution ->
        execution.setVariable(DigitalEvidenceProcess.VAR_CUSTODY_HANDED_OVER,
            "EX-2026-000017#2 stand-in"));
    ClockUtil.setCurrentTime(Date.from(NOW));
  }

  @AfterEach
  void resetTheClock() {
    ClockUtil.reset();
  }

  @Test
  void endsWithoutDigitalEvidenceWhenTheCaseHasNone() throws IOException {
    ProcessInstance evidence = startDigitalEvidence();

    assess(evidence, NONE, 0);

    assertThat(evidence).isEnded().hasPassed(END_NO_DIGITAL_EVIDENCE)
        .hasNotPassed(TASK_REQUEST_DATA_PRESERVATION, TASK_EXAMINE_DIGITAL_EVIDENCE);
  }

  @Test
  void preservesExaminesAndHandsOverThaiProvidersDataWithoutLegalAssistance()
      throws IOException {
    ProcessInstance evidence = startDigitalEvidence();
    assess(evidence, DOMESTIC_PROVIDERS, 3);

    requestPreservation(evidence, "AIS, True Move H: subscriber and traffic data of 2 numbers");
    assertThat(evidence).isWaitingAt(TASK_EXAMINE_DIGITAL_EVIDENCE)
        .isNotWaitingAt(TASK_REQUEST_MUTUAL_LEGAL_ASSISTANCE);
    examine(evidence);
    handOver(evidence);

    assertThat(evidence).isEnded().hasPassed(END_DIGITAL_EVIDENCE_HANDED_OVER,
            DigitalEvidenceProcess.SERVICE_TASK_RECORD_EVIDENCE_HANDOVER)
        .hasNotPassed(TASK_REQUEST_MUTUAL_LEGAL_ASSISTANCE).variables()
        .containsEntry(DigitalEvidenceProcess.VAR_CUSTODY_HANDED_OVER, "EX-2026-000017#2 stand-in")
        .containsEntry(VAR_PRESERVATION_REQUESTED_AT, "2026-04-20T02:30Z")
        .containsEntry(VAR_HANDED_OVER_AT, "2026-05-10T02:00Z");
  }

  @Test
  void startsTheNinetyDayPreservationFromTheRequestAndTellsTheCase() throws IOException {
    ProcessInstance evidence = startDigitalEvidence();
    assess(evidence, FOREIGN_PROVIDERS, 2);

    requestPreservation(evidence, "Two messaging providers abroad");

    assertThat(evidence).hasPassed(DigitalEvidenceProcess.EVENT_DATA_PRESERVED);
    Instant requested = Instant.parse("2026-04-20T02:30:00Z");
    Assertions.assertThat(ProcessTestEngine.legalClocks()
            .find(CASE_ID, DigitalEvidenceProcess.CLOCK_DATA_PRESERVATION)).get()
        .extracting(LegalClock::endsAt, LegalClock::latestEndsAt)
        .containsExactly(requested.plus(Duration.ofDays(90)), requested.plus(Duration.ofDays(180)));
  }

  @Test
  void countsAThaiProvidersNinetyDaysFromTheDataNotFromTheRequestToTheSecond()
      throws IOException {
    ProcessInstance evidence = startDigitalEvidence();
    assess(evidence, DigitalEvidenceProcess.DOMESTIC_PROVIDERS, 1);
    Instant dataFrom = Instant.parse("2026-02-10T00:00:00Z");
    Instant lost = dataFrom.plus(Duration.ofDays(90));

    submitForm(evidence, TASK_REQUEST_DATA_PRESERVATION, RTP_CCIB,
        FORM_REQUEST_DATA_PRESERVATION, Map.of(
            VAR_PRESERVATION_REQUESTED_AT, "2026-04-20T02:30Z",
            "trafficDataFrom", "2026-02-10T00:00Z",
            VAR_PROVIDER_NAMES, "AIS: subscriber and traffic data of one number"));

    LegalClock preservation = ProcessTestEngine.legalClocks()
        .find(CASE_ID, DigitalEvidenceProcess.CLOCK_DATA_PRESERVATION).orElseThrow();
    Assertions.assertThat(preservation.startedAt()).isEqualTo(dataFrom);
    Assertions.assertThat(preservation.endsAt()).isEqualTo(lost);
    Assertions.assertThat(preservation.deadlineAfter(lost.minusSeconds(1)))
        .isAfter(lost.minusSeconds(1));
    Assertions.assertThat(preservation.deadlineAfter(lost.plusSeconds(1))).isEqualTo(lost);
  }

  @Test
  void asksOagForMutualLegalAssistanceWhileTheEvidenceIsExamined() throws IOException {
    ProcessInstance evidence = startDigitalEvidence();
    assess(evidence, FOREIGN_PROVIDERS, 1);
    requestPreservation(evidence, "Meta Platforms: two Facebook accounts; Telegram: one channel");

    assertThat(evidence).isWaitingAt(TASK_REQUEST_MUTUAL_LEGAL_ASSISTANCE,
        TASK_EXAMINE_DIGITAL_EVIDENCE);
    examine(evidence);
    assertThat(evidence).isWaitingAt(TASK_REQUEST_MUTUAL_LEGAL_ASSISTANCE)
        .isNotWaitingAt(TASK_HAND_OVER_DIGITAL_EVIDENCE);
    submitForm(evidence, TASK_REQUEST_MUTUAL_LEGAL_ASSISTANCE, OAG_TIP,
        FORM_REQUEST_MUTUAL_LEGAL_ASSISTANCE, Map.of(
            VAR_MLA_REQUESTED_AT, "2026-04-24T08:00Z",
            VAR_MLA_REFERENCE, "OAG-MLA-2026-0031"));
    // The hand-over waits for the data: the preservation stays watched until it arrives.
    assertThat(evidence).isWaitingAt("Task_TrackMutualLegalAssistance")
        .isNotWaitingAt(TASK_HAND_OVER_DIGITAL_EVIDENCE);
    assertThat(org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task(
        "Task_TrackMutualLegalAssistance", evidence)).hasCandidateGroup(OAG_TIP);
    org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete(
        org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task(
            "Task_TrackMutualLegalAssistance", evidence), Map.of(
            "mlaAcknowledgedAt", "2026-05-02T03:00Z", "mlaAnsweredAt", "2026-07-20T03:00Z",
            "mlaDataReceivedAt", "2026-07-20T03:00Z"));
    handOver(evidence);

    assertThat(evidence).isEnded().hasPassed(TASK_REQUEST_MUTUAL_LEGAL_ASSISTANCE,
        END_DIGITAL_EVIDENCE_HANDED_OVER).variables()
        .containsEntry(VAR_MLA_REFERENCE, "OAG-MLA-2026-0031");
  }

  private static ProcessInstance startDigitalEvidence() {
    return runtimeService().startProcessInstanceByKey(DigitalEvidenceProcess.PROCESS_KEY, CASE_ID,
        Map.of(JointCaseProcess.VAR_CASE_ID, CASE_ID,
            JointCaseProcess.VAR_LEAD_AGENCY, "rtp-ticac",
            JointCaseProcess.VAR_ONLINE, true));
  }

  private static void assess(ProcessInstance evidence, String scope, int devicesSeized)
      throws IOException {
    submitForm(evidence, TASK_ASSESS_DIGITAL_EVIDENCE, RTP_CCIB, FORM_ASSESS_DIGITAL_EVIDENCE,
        Map.of(VAR_DIGITAL_EVIDENCE_SCOPE, scope, VAR_DEVICES_SEIZED, devicesSeized));
  }

  private static void requestPreservation(ProcessInstance evidence, String providers)
      throws IOException {
    submitForm(evidence, TASK_REQUEST_DATA_PRESERVATION, RTP_CCIB,
        FORM_REQUEST_DATA_PRESERVATION, Map.of(
            VAR_PRESERVATION_REQUESTED_AT, "2026-04-20T02:30Z",
            VAR_PROVIDER_NAMES, providers));
  }

  private static void examine(ProcessInstance evidence) throws IOException {
    submitForm(evidence, TASK_EXAMINE_DIGITAL_EVIDENCE, RTP_CCIB, FORM_EXAMINE_DIGITAL_EVIDENCE,
        Map.of(VAR_FORENSIC_REPORT_SUMMARY, "Chats show recruitment with false job offers",
            VAR_FORENSIC_REPORT_AT, "2026-05-08T09:30Z"));
  }

  private static void handOver(ProcessInstance evidence) throws IOException {
    submitForm(evidence, TASK_HAND_OVER_DIGITAL_EVIDENCE, RTP_CCIB,
        FORM_HAND_OVER_DIGITAL_EVIDENCE, Map.of(
            VAR_HANDED_OVER_AT, "2026-05-10T02:00Z",
            VAR_EXHIBIT_REFERENCES, "EX-CCIB-2026-0412\nEX-CCIB-2026-0413"));
  }

  private static void submitForm(ProcessInstance instance, String taskKey, String candidateGroup,
      String formId, Map<String, Object> variables) throws IOException {
    FormSubmission.submitForm(instance, taskKey, candidateGroup, formId,
        NOW.plus(ProcessTestEngine.TEST_SERVICE_LEVEL), variables);
  }
}
