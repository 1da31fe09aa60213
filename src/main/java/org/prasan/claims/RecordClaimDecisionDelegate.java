package org.prasan.claims;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.prasan.agency.AgencyGroups;
import org.prasan.agency.CurrentActor;
import org.springframework.stereotype.Component;

/** Records the coordinator's decision between overlapping claims and tells every agency. */
@Component
public class RecordClaimDecisionDelegate implements JavaDelegate {

  private final ClaimDecisions decisions;
  private final CurrentActor actor;

  public RecordClaimDecisionDelegate(ClaimDecisions decisions, CurrentActor actor) {
    this.decisions = decisions;
    this.actor = actor;
  }

  @Override
  public void execute(DelegateExecution execution) {
    long resolution = ProcessVariables.longOf(execution,
        ClaimResolutionProcess.VAR_CLAIM_RESOLUTION_ID);
    String reason = ProcessVariables.stringOf(execution,
        ClaimResolutionProcess.VAR_CLAIM_DECISION_REASON);
    String lead = ProcessVariables.stringOf(execution,
        ClaimResolutionProcess.VAR_CLAIM_LEAD_AGENCY);
    var supporting = AgencyGroups.parseList(ProcessVariables.stringOf(execution,
        ClaimResolutionProcess.VAR_CLAIM_SUPPORTING_AGENCIES));
    decisions.decide(resolution, lead, supporting, reason,
        actor.userIdOrNull());
  }
}
