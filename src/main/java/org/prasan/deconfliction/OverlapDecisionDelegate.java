package org.prasan.deconfliction;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.prasan.agency.CurrentActor;

/**
 * Behind the three outcomes of an overlap review (link, merge, dismiss): each reads the same
 * overlap, reason and reviewer, and differs only in what {@link OverlapDecisions} does.
 */
abstract class OverlapDecisionDelegate implements JavaDelegate {

  private final OverlapDecisions decisions;
  private final CurrentActor actor;

  OverlapDecisionDelegate(OverlapDecisions decisions, CurrentActor actor) {
    this.decisions = decisions;
    this.actor = actor;
  }

  @Override
  public final void execute(DelegateExecution execution) {
    long overlap = ((Number) execution.getVariable(OverlapReviewProcess.VAR_OVERLAP_ID))
        .longValue();
    String reason = (String) execution.getVariable(OverlapReviewProcess.VAR_OVERLAP_REASON);
    decide(decisions, overlap, reason, actor.userIdOrNull(), execution);
  }

  /** Carries out this outcome; {@code decidedBy} is null when no reviewer is known. */
  abstract void decide(OverlapDecisions decisions, long overlapId, String reason,
                       String decidedBy, DelegateExecution execution);
}
