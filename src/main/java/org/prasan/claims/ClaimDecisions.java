package org.prasan.claims;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.prasan.agency.AgencyRegistry;
import org.prasan.casefile.CaseFileRepository;
import org.prasan.casefile.JointCaseProcess;
import org.prasan.casefile.LockedCase;
import org.prasan.notification.AgencyNotifications;
import org.prasan.system.Bilingual;
import org.prasan.system.RuleViolationException;
import org.springframework.stereotype.Service;

/**
 * Carries out a decision on claims: the lead, the supporting agencies (every other claimant and
 * a replaced lead among them), the claims' outcome, the hand-over of the old lead's open tasks,
 * and a notification to every agency concerned. Runs in the caller's transaction (the engine's
 * when called from the process), under the case lock.
 */
@Service
public class ClaimDecisions {

  /**
   * DSI leads a case only by a resolution of the Board of Special Cases (Special Case
   * Investigation Act B.E. 2547), never by a claim or a coordinator's decision; DSI asks the
   * Board (POST /api/cases/{caseId}/special-case-requests). Same rule as CaseRecords applies to
   * the lead-agency confirmation.
   */
  static final Bilingual DSI_ONLY_BY_THE_BOARD = Bilingual.of(
      "กรมสอบสวนคดีพิเศษเป็นหน่วยงานหลักได้โดยมติคณะกรรมการคดีพิเศษเท่านั้น "
          + "(พ.ร.บ.การสอบสวนคดีพิเศษ พ.ศ. 2547): ให้กรมสอบสวนคดีพิเศษยื่นคำขอต่อคณะกรรมการ",
      "DSI leads a case only by a resolution of the Board of Special Cases (Special Case "
          + "Investigation Act B.E. 2547): DSI asks the Board (special-case-requests)");

  private final ClaimRepository claims;
  private final CaseFileRepository cases;
  private final LeadHandover handover;
  private final AgencyNotifications notifications;
  private final AgencyRegistry agencies;

  public ClaimDecisions(ClaimRepository claims, CaseFileRepository cases, LeadHandover handover,
                        AgencyNotifications notifications, AgencyRegistry agencies) {
    this.claims = claims;
    this.cases = cases;
    this.handover = handover;
    this.notifications = notifications;
    this.agencies = agencies;
  }

  public void decide(long resolutionId, String lead, List<String> furtherSupporting,
                     String reason, String decidedBy) {
    ClaimResolution resolution = openResolution(resolutionId);
    LockedCase locked = cases.lock(resolution.caseId()).orElseThrow();
    requireAgency(lead, ClaimResolutionProcess.VAR_CLAIM_LEAD_AGENCY);
    furtherSupporting.forEach(agency -> requireAgency(agency,
        ClaimResolutionProcess.VAR_CLAIM_SUPPORTING_AGENCIES));
    String previousLead = locked.leadAgency();
    if (JointCaseProcess.DSI.equals(lead) && !JointCaseProcess.DSI.equals(previousLead)) {
      throw RuleViolationException.field(ClaimResolutionProcess.VAR_CLAIM_LEAD_AGENCY,
          DSI_ONLY_BY_THE_BOARD);
    }
    List<Claim> decided = claims.claimsOf(resolutionId);

    Set<String> supporting = new LinkedHashSet<>(locked.supportingAgencies());
    supporting.addAll(furtherSupporting);
    decided.forEach(claim -> supporting.add(claim.agency()));
    if (previousLead != null) {
      supporting.add(previousLead);
    }
    supporting.remove(lead);
    supporting.remove(AgencyRegistry.COORDINATOR);

    handover.changeLead(resolution.caseId(), previousLead, lead, List.copyOf(supporting),
        "Claim resolution " + resolutionId + ": " + reason);
    for (Claim claim : decided) {
      claims.decideClaim(claim.claimId(),
          claim.agency().equals(lead) ? ClaimStatus.GRANTED : ClaimStatus.SUPPORTING);
    }
    claims.decideResolution(resolutionId, lead, String.join(",", supporting), reason, decidedBy);
    tellEveryAgencyConcerned(resolution.caseId(), decided, previousLead, lead, reason);
  }

  public void decline(long resolutionId, String reason, String decidedBy) {
    ClaimResolution resolution = openResolution(resolutionId);
    LockedCase locked = cases.lock(resolution.caseId()).orElseThrow();
    for (Claim claim : claims.claimsOf(resolutionId)) {
      claims.decideClaim(claim.claimId(), ClaimStatus.DECLINED);
      notifications.tell(resolution.caseId(), claim.agency(),
          Bilingual.of("คำขอเป็นหน่วยงานหลักของคดี " + resolution.caseId() + " ไม่ได้รับอนุมัติ",
              "Claim to lead case " + resolution.caseId() + " declined"),
          Bilingual.of("ผู้ประสานงานไม่อนุมัติคำขอของหน่วยงานท่านที่จะเป็นหน่วยงานหลักของคดี "
                  + resolution.caseId() + " เหตุผล: " + reason,
              "The coordinator declined your claim to lead case " + resolution.caseId()
                  + ". Reason: " + reason));
    }
    claims.decideResolution(resolutionId, locked.leadAgency(),
        String.join(",", locked.supportingAgencies()), reason, decidedBy);
  }

  private void tellEveryAgencyConcerned(String caseId, List<Claim> decided, String previousLead,
                                        String lead, String reason) {
    Set<String> concerned = new LinkedHashSet<>();
    decided.forEach(claim -> concerned.add(claim.agency()));
    if (previousLead != null) {
      concerned.add(previousLead);
    }
    for (String agency : concerned) {
      if (agency.equals(lead)) {
        notifications.tell(caseId, agency,
            Bilingual.of("หน่วยงานของท่านเป็นหน่วยงานหลักของคดี " + caseId,
                "You lead case " + caseId),
            Bilingual.of("หน่วยงานของท่านเป็นหน่วยงานหลักของคดี " + caseId + " แล้ว เหตุผล: "
                    + reason,
                "Your agency is now the lead agency of case " + caseId + ". Reason: "
                    + reason));
      } else {
        notifications.tell(caseId, agency,
            Bilingual.of("คดี " + caseId + ": " + lead + " เป็นหน่วยงานหลัก",
                "Case " + caseId + ": " + lead + " leads"),
            Bilingual.of(lead + " เป็นหน่วยงานหลักของคดี " + caseId
                    + " หน่วยงานของท่านเป็นหน่วยงานสนับสนุน เหตุผล: " + reason,
                lead + " leads case " + caseId
                    + "; your agency is a supporting agency. Reason: " + reason));
      }
    }
  }

  private ClaimResolution openResolution(long resolutionId) {
    ClaimResolution resolution = claims.findResolution(resolutionId).orElseThrow(() ->
        new IllegalStateException("No claim resolution " + resolutionId));
    if (!resolution.open()) {
      throw RuleViolationException.field(ClaimResolutionProcess.VAR_CLAIM_RESOLUTION_ID,
          Bilingual.of("การตัดสินข้อเรียกร้อง " + resolutionId + " เสร็จสิ้นไปแล้ว",
              "claim resolution " + resolutionId + " is decided already"));
    }
    return resolution;
  }

  /** An unknown agency is refused, so the coordinator sees the error and the task stays open. */
  private void requireAgency(String agencyId, String field) {
    if (agencyId == null || !agencies.isAgency(agencyId)
        || AgencyRegistry.COORDINATOR.equals(agencyId)) {
      throw RuleViolationException.field(field, Bilingual.of(
          "'" + agencyId + "' ไม่ใช่หน่วยงานที่เป็นหน่วยงานหลักหรือหน่วยงานสนับสนุนได้",
          "'" + agencyId + "' is not an agency that can lead or support"));
    }
  }
}
