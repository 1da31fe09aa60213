package org.prasan.system;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.history.producer.CacheAwareHistoryEventProducer;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.springframework.stereotype.Component;

/**
 * The history the engine writes names each row's process definition (its key, name and
 * version) from the definition the engine already holds in memory (issue 20). Camunda's
 * producer read the definition's row again ({@code select ACT_RE_PROCDEF}) for every claim,
 * completed task and completed external task of a command that had not read it yet: one
 * statement of each, e.g. two of each screening outcome a clerk records. A definition's key,
 * name and version never change, so the copy in the deployment cache is as good as the row; a
 * definition not in the cache (deleted, or not yet parsed on this node) is read as before.
 */
@Component
public class HistoryFromDeployedDefinitions extends AbstractProcessEnginePlugin {

  private final FromDeploymentCache producer = new FromDeploymentCache();

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    configuration.setHistoryEventProducer(producer);
  }

  @Override
  public void postInit(ProcessEngineConfigurationImpl configuration) {
    if (configuration.getHistoryEventProducer() != producer) {
      throw new IllegalStateException("Another engine plugin replaced Prasan's history event"
          + " producer: history would read process definitions from the database again");
    }
  }

  /** Camunda's default producer, but for where it finds a process definition. */
  static final class FromDeploymentCache extends CacheAwareHistoryEventProducer {

    @Override
    protected ProcessDefinitionEntity getProcessDefinitionEntity(String processDefinitionId) {
      if (processDefinitionId != null && Context.getProcessEngineConfiguration() != null) {
        ProcessDefinitionEntity deployed = Context.getProcessEngineConfiguration()
            .getDeploymentCache().findProcessDefinitionFromCache(processDefinitionId);
        if (deployed != null) {
          return deployed;
        }
      }
      return super.getProcessDefinitionEntity(processDefinitionId);
    }
  }
}
