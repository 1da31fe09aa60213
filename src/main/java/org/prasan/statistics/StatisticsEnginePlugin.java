package org.prasan.statistics;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Gives the SOP's tasks that record reported facts ({@link RecordedFacts#TASKS}) a completion
 * listener as they are deployed, so the statistics fill themselves where officers already
 * work and the models need not know about them.
 */
@Component
public class StatisticsEnginePlugin extends AbstractProcessEnginePlugin {

  private final ObjectProvider<RecordedFacts> facts;

  public StatisticsEnginePlugin(ObjectProvider<RecordedFacts> facts) {
    this.facts = facts;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    List<BpmnParseListener> listeners = configuration.getCustomPostBPMNParseListeners() == null
        ? new ArrayList<>() : new ArrayList<>(configuration.getCustomPostBPMNParseListeners());
    listeners.add(new AbstractBpmnParseListener() {
      @Override
      public void parseUserTask(Element element, ScopeImpl scope, ActivityImpl activity) {
        String key = ((ProcessDefinitionEntity) activity.getProcessDefinition()).getKey() + ":"
            + activity.getId();
        if (RecordedFacts.TASKS.contains(key)) {
          ((UserTaskActivityBehavior) activity.getActivityBehavior()).getTaskDefinition()
              .addTaskListener(TaskListener.EVENTNAME_COMPLETE, new FactsTaskListener(key, facts));
        }
      }
    });
    configuration.setCustomPostBPMNParseListeners(listeners);
  }
}
