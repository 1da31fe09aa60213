package org.prasan.casefile;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Records the confirmed lead and supporting agencies of the case. */
@Component
public class RecordLeadAgencyDelegate implements JavaDelegate {

  private final CaseRecords records;

  public RecordLeadAgencyDelegate(CaseRecords records) {
    this.records = records;
  }

  @Override
  public void execute(DelegateExecution execution) {
    records.recordLeadAgency(execution.getProcessBusinessKey(),
        (String) execution.getVariable(JointCaseProcess.VAR_LEAD_AGENCY),
        (String) execution.getVariable(JointCaseProcess.VAR_SUPPORTING_AGENCIES));
  }
}
