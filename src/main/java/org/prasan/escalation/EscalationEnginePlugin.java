package org.prasan.escalation;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.jobexecutor.JobHandler;
import org.prasan.sla.SlaProperties;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Puts the task clocks into the engine: a parse listener that gives every user task its clock
 * listener, and the job handler of the clocks' timers. The Camunda starter applies every
 * plugin bean. Services come through providers: they need the engine this plugin configures.
 */
@Component
public class EscalationEnginePlugin extends AbstractProcessEnginePlugin {

  private final SlaProperties properties;
  private final ObjectProvider<TaskClocks> clocks;
  private final ObjectProvider<EscalationLadder> ladder;

  public EscalationEnginePlugin(SlaProperties properties, ObjectProvider<TaskClocks> clocks,
                                ObjectProvider<EscalationLadder> ladder) {
    this.properties = properties;
    this.clocks = clocks;
    this.ladder = ladder;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    List<BpmnParseListener> parseListeners = configuration.getCustomPostBPMNParseListeners() == null
        ? new ArrayList<>() : new ArrayList<>(configuration.getCustomPostBPMNParseListeners());
    parseListeners.add(new TaskClockParseListener(
        new HashSet<>(properties.escalation().excludedProcesses()),
        new TaskClockListener(clocks, ladder)));
    configuration.setCustomPostBPMNParseListeners(parseListeners);

    List<JobHandler> jobHandlers = configuration.getCustomJobHandlers() == null
        ? new ArrayList<>() : new ArrayList<>(configuration.getCustomJobHandlers());
    jobHandlers.add(new TaskClockJobHandler(clocks, ladder));
    configuration.setCustomJobHandlers(jobHandlers);
  }
}
