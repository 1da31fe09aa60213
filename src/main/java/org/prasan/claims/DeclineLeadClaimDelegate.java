package org.prasan.claims;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.prasan.agency.CurrentActor;
import org.springframework.stereotype.Component;

/** Records that the coordinator declined a claim, and tells the claiming agency. */
@Component
public class DeclineLeadClaimDelegate implements JavaDelegate {

  private final ClaimDecisions decisions;
  private final CurrentActor actor;

  public DeclineLeadClaimDelegate(ClaimDecisions decisions, CurrentActor actor) {
    this.decisions = decisions;
    this.actor = actor;
  }

  @Override
  public void execute(DelegateExecution execution) {
    long resolution = ProcessVariables.longOf(execution,
        ClaimResolutionProcess.VAR_CLAIM_RESOLUTION_ID);
    String reason = ProcessVariables.stringOf(execution,
        ClaimResolutionProcess.VAR_CLAIM_DECISION_REASON);
    decisions.decline(resolution, reason, actor.userIdOrNull());
  }
}
