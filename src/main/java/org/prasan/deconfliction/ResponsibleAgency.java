package org.prasan.deconfliction;

import org.camunda.bpm.engine.RuntimeService;
import org.prasan.agency.AgencyRegistry;
import org.prasan.casefile.CaseFile;
import org.prasan.casefile.CaseFileRepository;
import org.prasan.casefile.JointCaseProcess;
import org.springframework.stereotype.Component;

/**
 * Who answers for a case: its lead, or before a lead is confirmed the agency triaging it, or
 * when neither is known the coordinators.
 */
@Component
public class ResponsibleAgency {

  private final CaseFileRepository cases;
  private final RuntimeService runtimeService;

  public ResponsibleAgency(CaseFileRepository cases, RuntimeService runtimeService) {
    this.cases = cases;
    this.runtimeService = runtimeService;
  }

  public String of(String caseId) {
    CaseFile file = cases.findById(caseId).orElseThrow();
    if (file.leadAgency() != null) {
      return file.leadAgency();
    }
    if (file.processInstanceId() != null && runtimeService.createProcessInstanceQuery()
        .processInstanceId(file.processInstanceId()).count() > 0) {
      Object triage = runtimeService.getVariable(file.processInstanceId(),
          JointCaseProcess.VAR_TRIAGE_AGENCY);
      if (triage != null) {
        return triage.toString();
      }
    }
    return AgencyRegistry.COORDINATOR;
  }
}
