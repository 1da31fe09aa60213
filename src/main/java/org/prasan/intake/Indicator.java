package org.prasan.intake;

import org.prasan.casefile.JointCaseProcess;

/** A trafficking indicator on a tip; each is a boolean process variable of the case. */
public enum Indicator {
  CHILD_VICTIM(JointCaseProcess.VAR_CHILD_VICTIM),
  ONLINE(JointCaseProcess.VAR_ONLINE),
  SEXUAL_EXPLOITATION(JointCaseProcess.VAR_SEXUAL_EXPLOITATION),
  FORCED_LABOUR(JointCaseProcess.VAR_FORCED_LABOUR),
  FORCED_CRIMINALITY(JointCaseProcess.VAR_FORCED_CRIMINALITY),
  TRANSNATIONAL(JointCaseProcess.VAR_TRANSNATIONAL),
  ORGANISED(JointCaseProcess.VAR_ORGANISED);

  private final String variableName;

  Indicator(String variableName) {
    this.variableName = variableName;
  }

  public String variableName() {
    return variableName;
  }
}
