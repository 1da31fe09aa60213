package org.prasan.modellint;

import java.util.List;

/** Every rule the lint runs, in the order of their codes (ML00 is the {@link ModelReader}). */
public final class LintRules {

  private LintRules() {
  }

  public static List<LintRule> all() {
    return List.of(
        new CandidateGroupRule(),
        new FormRefRule(),
        new GatewayVariableRule(),
        new DueDateRule(),
        new FileNameRule(),
        new DelegateRule(),
        new GatewayFlowRule(),
        new CallActivityRule(),
        new HistoryTimeToLiveRule(),
        new ActivityNameRule(),
        new GeneratedIdRule(),
        new BilingualFormRule(),
        new LegalClockRule(),
        new ServiceLevelRule(),
        new ScriptRule(),
        new ExpressionRule(),
        new StartTimerRule());
  }
}
