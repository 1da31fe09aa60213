package org.prasan.casefile;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.Map;

/**
 * What officers enter on each form of a whole case, tip to judgment: the first charging
 * decision returns the file for evidence, the second approves. The second round of a task
 * can differ from the first, so one instance follows one case.
 */
public final class OfficerAnswers {

  /**
   * Officers record what just happened, in Thai time; court orders and plans lie ahead. Legal
   * clocks refuse instants in the future and periods the law does not allow.
   */
  private static final OffsetDateTime NOW = OffsetDateTime.now(ZoneId.of("Asia/Bangkok"))
      .truncatedTo(ChronoUnit.MINUTES);
  private static final String AT = form(NOW.minusHours(1));

  private final Map<String, Integer> rounds = new HashMap<>();

  /** What the officer enters on the form of {@code taskKey} this time round. */
  public Map<String, Object> next(String taskKey) {
    int round = rounds.merge(taskKey, 1, Integer::sum);
    return switch (taskKey) {
      case "Task_TriageTip" -> Map.of("triageOutcome", "TRAFFICKING_SUSPECTED",
          "triageNotes", "Recruiter's number matches two earlier hotline calls",
          "childVictim", true, "transnational", true);
      case "Task_ConfirmLeadAgency" -> Map.of("leadAgency", "rtp-atpd",
          "supportingAgencies", "msdhs,immigration",
          "leadDecisionReason", "Suspects are in Chiang Rai; ATPD leads, DSI not yet needed");
      case "Task_ScreenPotentialVictims" -> Map.of("receivedIntoCareAt", AT,
          "lateRecordingReason", "Rescue in a remote district; recorded on return to the office",
          "potentialVictimCount", 3, "childVictimPresent", "YES", "foreignVictimPresent", "YES",
          "screeningExtensionNeeded", "YES");
      case "Task_RequestScreeningExtension" -> Map.of("screeningExtendedUntil",
          form(NOW.plusDays(4)), "courtOrderReference", "CR-PROV-2026-118");
      case "Task_InterviewChildVictim" -> Map.of("childInterviewRoomSuitable", true,
          "childInterviewPsychologistOrSocialWorkerPresent", true,
          "childInterviewProsecutorPresent", true, "childInterviewedAt", AT,
          "childInterviewChosenPerson", "The child's aunt", "childInterviewVideoRecorded", true,
          "childInterviewRecordingRef", "VID-2569-0007",
          "childInterviewInterpreter", "Burmese interpreter, Ms Thida",
          "childInterviewInquiryOfficial", "Pol. Capt. Somchai, ATPD");
      case "Task_IdentifyVictims" -> Map.of("identificationOutcome", "VICTIMS_IDENTIFIED",
          "identifiedVictimCount", 2, "victimAgeBand", "15_TO_17", "victimsWomen", 0,
          "victimsGirls", 2, "victimsMen", 0, "victimsBoys", 0, "victimNationality", "MM",
          "exploitationForm", "SEXUAL", "exploitationSector", "ENTERTAINMENT");
      case "Task_ReferToShelter" -> Map.of("shelterAdmittedAt", AT,
          "shelterName", "Chiang Rai Welfare Protection Centre");
      case "Task_InformVictimRights" -> Map.of("rightsInformedAt", AT,
          "victimWantsCompensation", "YES", "interpreterUsed", true);
      case "Task_PlanInvestigation" -> Map.of("investigationMode", "PROACTIVE",
          "warrantlessSearchConducted", "YES", "searchedAt", AT);
      case "Task_ReportWarrantlessSearch" -> Map.of(
          "searchReportSummary", "Entered the karaoke bar at night: victims at risk of transfer");
      case "Task_ConductInvestigation" -> Map.of("investigationFindings",
          "Recruiter and bar owner identified; payments traced", "arrestOutcome",
          "SUSPECT_ARRESTED", "assetsFound", "YES");
      case "Task_RecordArrest" -> Map.of("arrestedAt", AT, "arrivedAtInquiryOfficeAt", AT,
          "suspectCount", 2,
          "maxPenaltyYears", 20, "offenceDescription", "Trafficking of children, s.52");
      case "Task_PetitionRemand" -> Map.of("remandOutcome", "REMAND_GRANTED",
          "remandOrderedAt", AT, "remandGrantedUntil", form(NOW.plusDays(11)));
      case "Task_SeizeAssets" -> Map.of("seizedAt", AT, "seizureOrderReference", "AMLO-48-2026-77",
          "assetDescription", "Bar premises and two bank accounts", "seizedAssetValue", 4200000);
      case "Task_DecideSeizedAssets" -> Map.of("seizedAssetsDecision", "FORFEITURE_PETITION",
          "seizedAssetsDecisionNote", "Referred to the prosecutor, letter AMLO-49-2026-12");
      case "Task_AssessDigitalEvidence" -> Map.of("digitalEvidenceScope", "FOREIGN_PROVIDERS",
          "devicesSeized", 4);
      case "Task_RequestDataPreservation" -> Map.of("preservationRequestedAt", AT,
          "providerNames", "Two messaging providers abroad");
      case "Task_RequestMutualLegalAssistance" -> Map.of("mlaRequestedAt", AT,
          "mlaReference", "OAG-MLA-2026-031");
      case "Task_TrackMutualLegalAssistance" -> Map.of("mlaAcknowledgedAt", AT,
          "mlaAnsweredAt", AT, "mlaDataReceivedAt", AT);
      case "Task_ExamineDigitalEvidence" -> Map.of("forensicReportSummary",
          "Chats show recruitment and debt bondage", "forensicReportAt", AT);
      case "Task_HandOverDigitalEvidence" -> Map.of("handedOverAt", AT,
          "exhibitReferences", "EXH-1 to EXH-4");
      case "Task_SubmitCaseFile" -> Map.of("caseFileSummary",
          "Two suspects, two child victims, chats and payments", "suspectDetained", "YES",
          "compensationClaimRequested", "YES", "suspectsMale", 1, "suspectsFemale", 1,
          "suspectNationality", "TH", "officialsSuspected", 0);
      case "Task_ApproveCharging" -> round == 1
          ? Map.of("chargingDecision", "RETURN_FOR_EVIDENCE", "chargingDecidedAt", AT,
              "returnReason", "Statement of the second victim is missing")
          : Map.of("chargingDecision", "APPROVE", "chargingDecidedAt", AT,
              "chargesApproved", "Suspect 1: trafficking in children (s.52), two counts",
              "principalCharge", "TRAFFICKING");
      case "Task_GatherAdditionalEvidence" -> Map.of("additionalEvidenceSummary",
          "Second victim's statement taken with MDT present");
      case "Task_PrepareCompensationClaim" -> Map.of("compensationAmountClaimed", 250000,
          "compensationClaimBasis", "Lost wages and psychological harm");
      case "Task_FileIndictment" -> Map.of("indictmentFiledAt", AT,
          "courtCaseNumber", "Kor.Mor. 12/2569", "victimSupportPlan", "REPATRIATION");
      case "Task_TakePretrialTestimony" -> Map.of("pretrialTestimonyOutcome", "TAKEN",
          "testimonyTakenAt", AT);
      case "Task_RepatriateVictim" -> Map.of("repatriatedAt", form(NOW.plusDays(18)),
          "destinationCountry", "MM");
      case "Task_RecordHearing" -> Map.of("hearingAt", AT, "hearingNotes", "Witnesses heard",
          "nextStep", round == 1 ? "ANOTHER_HEARING" : "JUDGMENT_DELIVERED");
      case "Task_RecordJudgment" -> Map.of("judgmentAt", AT, "verdict", "CONVICTED",
          "compensationAwarded", "YES", "sentenceMonths", 96, "compensationAmountAwarded", 200000);
      case "Task_DecideAppeal" -> Map.of("appealDecision", "NO_APPEAL");
      case "Task_EnforceCompensation" -> Map.of("compensationPaidAmount", 180000,
          "enforcementNotes", "Paid from the seized accounts");
      default -> throw new AssertionError("No answers for task " + taskKey);
    };
  }

  private static String form(OffsetDateTime instant) {
    return instant.format(DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mmXXX"));
  }
}
