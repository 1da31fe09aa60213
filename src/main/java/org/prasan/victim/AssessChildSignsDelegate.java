package org.prasan.victim;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Looks for any sign of a person aged 18 or under ({@link ChildSigns}) and sets
 * {@code childInterviewRequired}, and {@code childInterviewPending} while no s.133 bis
 * questioning is recorded: the model's gateways send such a case to the questioning before
 * the identification interview, and back to it when the team finds a child only then.
 */
@Component
public class AssessChildSignsDelegate implements JavaDelegate {

  private final VictimRecords victims;

  public AssessChildSignsDelegate(VictimRecords victims) {
    this.victims = victims;
  }

  @Override
  public void execute(DelegateExecution execution) {
    boolean childInVault = victims.ofCase(execution.getProcessBusinessKey()).stream()
        .anyMatch(VictimRecords.StoredVictim::child);
    boolean required = ChildSigns.any(execution::getVariable, childInVault);
    boolean questioned = execution.getVariable(
        VictimIdentificationProcess.VAR_CHILD_INTERVIEWED_AT) != null;
    execution.setVariable(VictimIdentificationProcess.VAR_CHILD_INTERVIEW_REQUIRED, required);
    execution.setVariable(VictimIdentificationProcess.VAR_CHILD_INTERVIEW_PENDING,
        required && !questioned);
  }
}
