package org.prasan.system;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Gives this node's name ({@code PRASAN_NODE_NAME}) to the engine: the job log records it for
 * every job run, and jobs this node has locked carry it as lock owner. After a node died, an
 * operator sees which jobs it held and which node ran them. Blank: Camunda's defaults.
 */
@Component
public class NodeName extends AbstractProcessEnginePlugin {

  private final String name;

  public NodeName(@Value("${prasan.node.name:}") String name) {
    this.name = name.strip();
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    if (!name.isEmpty()) {
      configuration.setHostname(name);
    }
  }

  @Override
  public void postInit(ProcessEngineConfigurationImpl configuration) {
    if (!name.isEmpty() && configuration.getJobExecutor() != null) {
      configuration.getJobExecutor().setLockOwner(name);
    }
  }
}
