package org.prasan.claims;

import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.prasan.agency.CurrentActor;
import org.springframework.stereotype.Component;

/** Grants the lead to the one agency whose claim the coordinator confirmed. */
@Component
public class GrantLeadClaimDelegate implements JavaDelegate {

  private final ClaimDecisions decisions;
  private final CurrentActor actor;

  public GrantLeadClaimDelegate(ClaimDecisions decisions, CurrentActor actor) {
    this.decisions = decisions;
    this.actor = actor;
  }

  @Override
  public void execute(DelegateExecution execution) {
    long resolution = ProcessVariables.longOf(execution,
        ClaimResolutionProcess.VAR_CLAIM_RESOLUTION_ID);
    String reason = ProcessVariables.stringOf(execution,
        ClaimResolutionProcess.VAR_CLAIM_DECISION_REASON);
    String claimant = ProcessVariables.stringOf(execution,
        ClaimResolutionProcess.VAR_CLAIMANT_AGENCY);
    decisions.decide(resolution, claimant, List.of(), reason,
        actor.userIdOrNull());
  }
}
