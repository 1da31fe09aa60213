package org.prasan.deconfliction;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.prasan.agency.CurrentActor;
import org.springframework.stereotype.Component;

/** Merges the two cases of an overlap review; the form says which goes on. */
@Component
public class MergeCasesDelegate extends OverlapDecisionDelegate {

  public MergeCasesDelegate(OverlapDecisions decisions, CurrentActor actor) {
    super(decisions, actor);
  }

  @Override
  void decide(OverlapDecisions decisions, long overlapId, String reason, String decidedBy,
              DelegateExecution execution) {
    boolean keepThis = OverlapReviewProcess.KEEP_THIS_CASE.equals(
        execution.getVariable(OverlapReviewProcess.VAR_MERGE_DIRECTION));
    String surviving = (String) execution.getVariable(keepThis
        ? OverlapReviewProcess.VAR_CASE_ID : OverlapReviewProcess.VAR_OTHER_CASE_ID);
    decisions.merge(overlapId, surviving, reason, decidedBy);
  }
}
