package org.prasan.casefile;

import java.time.Clock;
import java.util.List;
import org.prasan.agency.AgencyGroups;
import org.prasan.agency.AgencyRegistry;
import org.prasan.system.Bilingual;
import org.prasan.system.RuleViolationException;
import org.springframework.stereotype.Service;

/**
 * Keeps {@code case_file} in step with the process: who leads, and how the case ended. Called
 * from the process in the engine's transaction, so the row and the process never disagree.
 */
@Service
public class CaseRecords {

  private final CaseFileRepository cases;
  private final AgencyRegistry agencies;
  private final Clock clock;

  public CaseRecords(CaseFileRepository cases, AgencyRegistry agencies, Clock clock) {
    this.cases = cases;
    this.agencies = agencies;
    this.clock = clock;
  }

  /**
   * Records the coordinator's lead-agency decision. An unknown agency id is refused, so the
   * coordinator sees the error in the Tasklist and the task stays open. So is DSI, unless the
   * Board of Special Cases has already made the case DSI's: a case becomes a special case only
   * by the Board's resolution (Special Case Investigation Act B.E. 2547), never by a
   * coordinator, so DSI asks the Board (POST /api/cases/{caseId}/special-case-requests).
   */
  public void recordLeadAgency(String caseId, String leadAgency, String supportingAgencies) {
    requireAgency(leadAgency, JointCaseProcess.VAR_LEAD_AGENCY);
    if (JointCaseProcess.DSI.equals(leadAgency) && !cases.lock(caseId)
        .map(locked -> JointCaseProcess.DSI.equals(locked.leadAgency())).orElse(false)) {
      throw RuleViolationException.field(JointCaseProcess.VAR_LEAD_AGENCY, Bilingual.of(
          "กรมสอบสวนคดีพิเศษเป็นหน่วยงานหลักได้โดยมติคณะกรรมการคดีพิเศษเท่านั้น "
              + "(พ.ร.บ.การสอบสวนคดีพิเศษ พ.ศ. 2547): เลือกหน่วยงานตำรวจเป็นหน่วยงานหลัก "
              + "แล้วให้กรมสอบสวนคดีพิเศษยื่นคำขอต่อคณะกรรมการ",
          "DSI leads a case only by a resolution of the Board of Special Cases (Special Case "
              + "Investigation Act B.E. 2547): choose a police lead; DSI asks the Board"));
    }
    List<String> supporting = AgencyGroups.parseList(supportingAgencies);
    supporting.forEach(agency -> requireAgency(agency, JointCaseProcess.VAR_SUPPORTING_AGENCIES));
    cases.recordLeadAgency(caseId, leadAgency, AgencyGroups.joinList(supporting));
  }

  public void recordOutcome(String caseId, String outcome, String reason) {
    cases.close(caseId, outcome, reason, clock.instant());
  }

  private void requireAgency(String agencyId, String variable) {
    if (agencyId == null || !agencies.isAgency(agencyId)) {
      throw RuleViolationException.field(variable, Bilingual.of(
          "'" + agencyId + "' ไม่ใช่หน่วยงานในทะเบียนหน่วยงาน",
          "'" + agencyId + "' is not an agency of the registry"));
    }
  }
}
