package org.prasan.deconfliction;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;

/** Dismisses a possible overlap with the reviewer's reason. */
@Component
public class DismissOverlapDelegate implements JavaDelegate {

  private final OverlapDecisions decisions;

  public DismissOverlapDelegate(OverlapDecisions decisions) {
    this.decisions = decisions;
  }

  @Override
  public void execute(DelegateExecution execution) {
    long overlap = ((Number) execution.getVariable(OverlapReviewProcess.VAR_OVERLAP_ID))
        .longValue();
    String reason = (String) execution.getVariable(OverlapReviewProcess.VAR_OVERLAP_REASON);
    Authentication user = execution.getProcessEngineServices().getIdentityService()
        .getCurrentAuthentication();
    String decidedBy = user == null ? null : user.getUserId();
    decisions.dismiss(overlap, reason, decidedBy);
  }
}
