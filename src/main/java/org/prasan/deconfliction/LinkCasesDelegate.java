package org.prasan.deconfliction;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.prasan.agency.CurrentActor;
import org.springframework.stereotype.Component;

/** Links the two cases of an overlap review. */
@Component
public class LinkCasesDelegate extends OverlapDecisionDelegate {

  public LinkCasesDelegate(OverlapDecisions decisions, CurrentActor actor) {
    super(decisions, actor);
  }

  @Override
  void decide(OverlapDecisions decisions, long overlapId, String reason, String decidedBy,
              DelegateExecution execution) {
    decisions.link(overlapId, reason, decidedBy);
  }
}
