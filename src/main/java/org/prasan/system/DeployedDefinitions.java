package org.prasan.system;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.TransactionState;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.persistence.deploy.cache.CacheFactory;
import org.camunda.bpm.engine.impl.persistence.deploy.cache.DefaultCacheFactory;
import org.camunda.bpm.engine.impl.persistence.deploy.cache.DeploymentCache;
import org.camunda.bpm.engine.impl.persistence.entity.DeploymentEntity;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Process definitions served from the engine's deployment cache without asking the database
 * each time (issue 20). Camunda keeps every parsed definition in memory, but still reads its
 * row ({@code select ACT_RE_PROCDEF}) whenever a command first needs a definition by id (to
 * refresh its suspension state and time to live), and again for every "latest version of key"
 * (a call activity, a message start, a start by key): 6.4 statements of a user task's 116.
 *
 * <p>A definition found in the cache is taken as it is for
 * {@code prasan.engine.definition-check-ttl} (10 s) after the database last confirmed it; the
 * latest version of a key likewise. A deployment made through this node forgets every latest
 * version at once (before and after its transaction), and a definition removed from the cache
 * (its deployment deleted) is read again. Made on another node, a new version is started by
 * call activities and starts by key here at most 10 s late, and a definition suspended there
 * is taken as active here for as long. Prasan suspends nothing and deploys at start only. Zero
 * turns it off.
 */
@Component
public class DeployedDefinitions extends AbstractProcessEnginePlugin {

  /** Camunda's default capacity of each deployment cache. */
  private static final int CACHE_CAPACITY = 1000;

  private final long ttlNanos;

  public DeployedDefinitions(
      @Value("${prasan.engine.definition-check-ttl:PT10S}") Duration ttl) {
    this.ttlNanos = ttl.toNanos();
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    if (ttlNanos <= 0 || configuration.getDeploymentCache() != null) {
      return;
    }
    // The engine's own defaults (no cache factory or capacity is configured in Prasan).
    configuration.setDeploymentCache(new Kept(new DefaultCacheFactory(), CACHE_CAPACITY,
        ttlNanos));
  }

  /**
   * The engine gives its deployers (the BPMN, DMN and form parsers) only to a deployment cache
   * it makes itself: without them, a deployment would store its files and parse none.
   */
  @Override
  public void postInit(ProcessEngineConfigurationImpl configuration) {
    if (configuration.getDeploymentCache() instanceof Kept kept) {
      kept.setDeployers(configuration.getDeployers());
    }
  }

  /** The engine's deployment cache, trusting what it holds for a while. */
  static final class Kept extends DeploymentCache {

    private final long ttlNanos;
    /** Definition id to when (nanoTime) the database last confirmed it. */
    private final Map<String, Long> confirmed = new ConcurrentHashMap<>();
    /** Key (and tenant) to the id of its latest version and when that was read. */
    private final Map<String, Latest> latest = new ConcurrentHashMap<>();

    private record Latest(String definitionId, long at) {
    }

    Kept(CacheFactory factory, int capacity, long ttlNanos) {
      super(factory, capacity);
      this.ttlNanos = ttlNanos;
    }

    @Override
    public void deploy(DeploymentEntity deployment) {
      latest.clear();
      CommandContext command = Context.getCommandContext();
      if (command != null) {
        // A lookup running beside the deployment may have kept the version before it.
        command.getTransactionContext().addTransactionListener(TransactionState.COMMITTED,
            committed -> latest.clear());
      }
      super.deploy(deployment);
    }

    @Override
    public ProcessDefinitionEntity findDeployedProcessDefinitionById(String definitionId) {
      ProcessDefinitionEntity cached = fresh(definitionId);
      if (cached != null) {
        return cached;
      }
      ProcessDefinitionEntity read = super.findDeployedProcessDefinitionById(definitionId);
      confirm(read);
      return read;
    }

    @Override
    public ProcessDefinitionEntity findDeployedLatestProcessDefinitionByKey(String key) {
      return latest("\u0000" + key, () -> super.findDeployedLatestProcessDefinitionByKey(key));
    }

    @Override
    public ProcessDefinitionEntity findDeployedLatestProcessDefinitionByKeyAndTenantId(
        String key, String tenantId) {
      return latest(tenantId + "\u0000" + key,
          () -> super.findDeployedLatestProcessDefinitionByKeyAndTenantId(key, tenantId));
    }

    @Override
    public void removeProcessDefinition(String definitionId) {
      confirmed.remove(definitionId);
      latest.clear();
      super.removeProcessDefinition(definitionId);
    }

    @Override
    public void discardProcessDefinitionCache() {
      confirmed.clear();
      latest.clear();
      super.discardProcessDefinitionCache();
    }

    private ProcessDefinitionEntity latest(String key,
        java.util.function.Supplier<ProcessDefinitionEntity> read) {
      Latest known = latest.get(key);
      if (known != null && System.nanoTime() - known.at() < ttlNanos) {
        ProcessDefinitionEntity cached = fresh(known.definitionId());
        if (cached != null) {
          return cached;
        }
      }
      ProcessDefinitionEntity found = read.get();
      if (found != null) {
        confirm(found);
        latest.put(key, new Latest(found.getId(), System.nanoTime()));
      }
      return found;
    }

    private ProcessDefinitionEntity fresh(String definitionId) {
      Long at = definitionId == null ? null : confirmed.get(definitionId);
      if (at == null || System.nanoTime() - at >= ttlNanos) {
        return null;
      }
      return findProcessDefinitionFromCache(definitionId);
    }

    private void confirm(ProcessDefinitionEntity definition) {
      if (definition != null && definition.getId() != null) {
        if (confirmed.size() > 10_000) {
          confirmed.clear();
        }
        confirmed.put(definition.getId(), System.nanoTime());
      }
    }
  }
}
