package org.prasan.escalation;

import java.util.Set;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.task.TaskDefinition;
import org.camunda.bpm.engine.impl.util.xml.Element;

/**
 * Gives every user task of every deployed model its clock, so no model has to remember to:
 * the ladder works for tasks a coordinator adds in Modeler too. The ladder's own tasks are
 * left out ({@code prasan.sla.escalation.excluded-processes}), or it would climb itself.
 */
public class TaskClockParseListener extends AbstractBpmnParseListener {

  private final Set<String> excludedProcesses;
  private final TaskListener listener;

  public TaskClockParseListener(Set<String> excludedProcesses, TaskListener listener) {
    this.excludedProcesses = Set.copyOf(excludedProcesses);
    this.listener = listener;
  }

  @Override
  public void parseUserTask(Element userTaskElement, ScopeImpl scope, ActivityImpl activity) {
    var process = (ProcessDefinitionEntity) activity.getProcessDefinition();
    if (excludedProcesses.contains(process.getKey())) {
      return;
    }
    TaskDefinition task = ((UserTaskActivityBehavior) activity.getActivityBehavior())
        .getTaskDefinition();
    task.addTaskListener(TaskListener.EVENTNAME_CREATE, listener);
    task.addTaskListener(TaskListener.EVENTNAME_COMPLETE, listener);
    task.addTaskListener(TaskListener.EVENTNAME_DELETE, listener);
    task.addTaskListener(TaskListener.EVENTNAME_UPDATE, listener);
  }
}
