package org.prasan.deconfliction;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;

/** Merges the two cases of an overlap review; the form says which goes on. */
@Component
public class MergeCasesDelegate implements JavaDelegate {

  private final OverlapDecisions decisions;

  public MergeCasesDelegate(OverlapDecisions decisions) {
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
    decisions.merge(overlap, survivingCase(execution), reason, decidedBy);
  }

  private static String survivingCase(DelegateExecution execution) {
    boolean keepThis = OverlapReviewProcess.KEEP_THIS_CASE.equals(
        execution.getVariable(OverlapReviewProcess.VAR_MERGE_DIRECTION));
    return (String) execution.getVariable(keepThis
        ? OverlapReviewProcess.VAR_CASE_ID : OverlapReviewProcess.VAR_OTHER_CASE_ID);
  }
}
