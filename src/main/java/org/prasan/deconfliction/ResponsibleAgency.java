package org.prasan.deconfliction;

import org.camunda.bpm.engine.RuntimeService;
import org.prasan.agency.AgencyRegistry;
import org.prasan.casefile.CaseFile;
import org.prasan.casefile.CaseFileRepository;
import org.prasan.casefile.CaseStatus;
import org.prasan.casefile.JointCaseProcess;
import org.prasan.system.EngineAccess;
import org.springframework.stereotype.Component;

/**
 * Who answers for a case: its lead, or before a lead is confirmed the agency triaging it, or
 * when neither is known the coordinators.
 */
@Component
public class ResponsibleAgency {

  private final CaseFileRepository cases;
  private final RuntimeService runtimeService;
  private final EngineAccess engine;

  public ResponsibleAgency(CaseFileRepository cases, RuntimeService runtimeService,
                           EngineAccess engine) {
    this.cases = cases;
    this.runtimeService = runtimeService;
    this.engine = engine;
  }

  public String of(String caseId) {
    CaseFile file = cases.findById(caseId).orElseThrow();
    if (file.leadAgency() != null) {
      return file.leadAgency();
    }
    if (file.status() == CaseStatus.OPEN && file.processInstanceId() != null
        && file.triageAgency() != null) {
      // An open case's process runs, and its triage agency is recorded with it: the same
      // value intake gives the process, without two engine queries (issue 20).
      return file.triageAgency();
    }
    Object triage = file.processInstanceId() == null ? null
        : engine.asSystem(() -> triageAgencyOf(file.processInstanceId()));
    return triage == null ? AgencyRegistry.COORDINATOR : triage.toString();
  }

  private Object triageAgencyOf(String processInstanceId) {
    if (runtimeService.createProcessInstanceQuery().processInstanceId(processInstanceId)
        .count() == 0) {
      return null;
    }
    return runtimeService.getVariable(processInstanceId, JointCaseProcess.VAR_TRIAGE_AGENCY);
  }
}
