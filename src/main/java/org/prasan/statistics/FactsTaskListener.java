package org.prasan.statistics;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.beans.factory.ObjectProvider;

/**
 * On completion of a task that records reported facts, hands the form's values to
 * {@link RecordedFacts}, in the completion's transaction. The key is given at parse time.
 */
class FactsTaskListener implements TaskListener {

  private final String taskKey;
  private final ObjectProvider<RecordedFacts> facts;

  FactsTaskListener(String taskKey, ObjectProvider<RecordedFacts> facts) {
    this.taskKey = taskKey;
    this.facts = facts;
  }

  @Override
  public void notify(DelegateTask task) {
    Object caseId = task.getVariable("caseId");
    String id = caseId != null ? caseId.toString() : task.getExecution().getProcessBusinessKey();
    facts.getObject().taskCompleted(taskKey, task.getId(), id, task::getVariable);
  }
}
