package org.prasan.casefile;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/**
 * Before charging on the file at hand (the coordinators' decision a week before the remand
 * cap), notes whether charging is already under way or done, so that it is never started a
 * second time. Both charging call activities set {@code chargingStarted} when they start; a
 * case moved from a version before that flag existed is recognised by its charging decision
 * or by a charging it is waiting at.
 */
@Component
public class NoteChargingUnderWayDelegate implements ExecutionListener {

  @Override
  public void notify(DelegateExecution execution) {
    if (Boolean.TRUE.equals(execution.getVariable(JointCaseProcess.VAR_CHARGING_STARTED))) {
      return;
    }
    RuntimeService runtime = execution.getProcessEngineServices().getRuntimeService();
    boolean underWay = execution.getVariable(JointCaseProcess.VAR_CHARGING_DECISION) != null
        || runtime.createExecutionQuery().processInstanceId(execution.getProcessInstanceId())
            .activityId(JointCaseProcess.CALL_CHARGING).count() > 0;
    execution.getProcessInstance().setVariable(JointCaseProcess.VAR_CHARGING_STARTED, underWay);
  }
}
