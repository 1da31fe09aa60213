package org.prasan.claims;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Records the coordinator's decision between overlapping claims and tells every agency. */
@Component
public class RecordClaimDecisionDelegate implements JavaDelegate {

  private final ClaimDecisions decisions;

  public RecordClaimDecisionDelegate(ClaimDecisions decisions) {
    this.decisions = decisions;
  }

  @Override
  public void execute(DelegateExecution execution) {
    long resolution = ProcessVariables.longOf(execution,
        ClaimResolutionProcess.VAR_CLAIM_RESOLUTION_ID);
    String reason = ProcessVariables.stringOf(execution,
        ClaimResolutionProcess.VAR_CLAIM_DECISION_REASON);
    String lead = ProcessVariables.stringOf(execution,
        ClaimResolutionProcess.VAR_CLAIM_LEAD_AGENCY);
    var supporting = AgencyLists.parse(ProcessVariables.stringOf(execution,
        ClaimResolutionProcess.VAR_CLAIM_SUPPORTING_AGENCIES));
    decisions.decide(resolution, lead, supporting, reason,
        ProcessVariables.currentUser(execution));
  }
}
