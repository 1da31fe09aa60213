package org.prasan.casefile;

import java.util.Arrays;
import java.util.List;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.prasan.agency.AgencyRegistry;
import org.springframework.stereotype.Service;

/**
 * Keeps {@code case_file} in step with the process: who leads, and how the case ended. Called
 * from the process in the engine's transaction, so the row and the process never disagree.
 */
@Service
public class CaseRecords {

  private final CaseFileRepository cases;
  private final AgencyRegistry agencies;

  public CaseRecords(CaseFileRepository cases, AgencyRegistry agencies) {
    this.cases = cases;
    this.agencies = agencies;
  }

  /**
   * Records the coordinator's lead-agency decision. An unknown agency id is refused, so the
   * coordinator sees the error in the Tasklist and the task stays open.
   */
  public void recordLeadAgency(String caseId, String leadAgency, String supportingAgencies) {
    requireAgency(leadAgency, JointCaseProcess.VAR_LEAD_AGENCY);
    List<String> supporting = parseAgencyList(supportingAgencies);
    supporting.forEach(agency -> requireAgency(agency, JointCaseProcess.VAR_SUPPORTING_AGENCIES));
    cases.recordLeadAgency(caseId, leadAgency, String.join(",", supporting));
  }

  public void recordOutcome(String caseId, String outcome, String reason) {
    cases.close(caseId, outcome, reason, ClockUtil.getCurrentTime().toInstant());
  }

  static List<String> parseAgencyList(String agencyList) {
    if (agencyList == null || agencyList.isBlank()) {
      return List.of();
    }
    return Arrays.stream(agencyList.split(","))
        .map(String::strip)
        .filter(agency -> !agency.isEmpty())
        .distinct()
        .toList();
  }

  private void requireAgency(String agencyId, String variable) {
    if (agencyId == null || !agencies.isAgency(agencyId)) {
      throw new IllegalArgumentException(variable + ": '" + agencyId
          + "' is not an agency of the registry");
    }
  }
}
