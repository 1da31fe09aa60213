package org.prasan.claims;

import org.camunda.bpm.engine.delegate.VariableScope;
import org.prasan.system.Bilingual;
import org.prasan.system.RuleViolationException;

/** Reads the Board's vote counts from the form's number fields. */
final class BoardVotes {

  private BoardVotes() {
  }

  static BoardVote of(VariableScope scope) {
    return new BoardVote(count(scope, DsiSpecialCaseProcess.VAR_BOARD_MEMBERS),
        count(scope, DsiSpecialCaseProcess.VAR_BOARD_VOTES_FOR),
        count(scope, DsiSpecialCaseProcess.VAR_BOARD_VOTES_AGAINST),
        count(scope, DsiSpecialCaseProcess.VAR_BOARD_VOTES_ABSTAINED));
  }

  private static int count(VariableScope scope, String name) {
    Object value = scope.getVariable(name);
    if (!(value instanceof Number number)) {
      throw RuleViolationException.field(name, Bilingual.of("ต้องเป็นตัวเลข",
          "must be a number"));
    }
    return number.intValue();
  }
}
