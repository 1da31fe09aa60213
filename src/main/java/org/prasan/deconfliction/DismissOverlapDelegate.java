package org.prasan.deconfliction;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.prasan.agency.CurrentActor;
import org.springframework.stereotype.Component;

/** Dismisses a possible overlap with the reviewer's reason. */
@Component
public class DismissOverlapDelegate extends OverlapDecisionDelegate {

  public DismissOverlapDelegate(OverlapDecisions decisions, CurrentActor actor) {
    super(decisions, actor);
  }

  @Override
  void decide(OverlapDecisions decisions, long overlapId, String reason, String decidedBy,
              DelegateExecution execution) {
    decisions.dismiss(overlapId, reason, decidedBy);
  }
}
