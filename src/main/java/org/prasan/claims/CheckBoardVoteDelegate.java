package org.prasan.claims;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.prasan.system.Bilingual;
import org.prasan.system.RuleViolationException;
import org.springframework.stereotype.Component;

/**
 * Refuses to complete the Board's decision when the recorded counts do not support it (an
 * acceptance short of two thirds of the members, more votes than members): the officer sees
 * why in the Tasklist and the task stays open.
 */
@Component
public class CheckBoardVoteDelegate implements TaskListener {

  @Override
  public void notify(DelegateTask task) {
    BoardVote vote = BoardVotes.of(task);
    Bilingual problem = vote.problemWith(
        (String) task.getVariable(DsiSpecialCaseProcess.VAR_BOARD_RESOLUTION));
    if (problem != null) {
      throw RuleViolationException.field(DsiSpecialCaseProcess.VAR_BOARD_VOTES_FOR,
          Bilingual.of("มติคณะกรรมการ: " + problem.th(), "Board vote: " + problem.en()));
    }
  }
}
