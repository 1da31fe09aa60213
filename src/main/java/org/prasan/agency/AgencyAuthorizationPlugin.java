package org.prasan.agency;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.stereotype.Component;

/**
 * Installs {@link AgencyTaskAuthorizations} as the engine's default task grants. The task
 * query that checks them is reshaped for MariaDB by {@code system/TaskQueryShapes}.
 */
@Component
public class AgencyAuthorizationPlugin extends AbstractProcessEnginePlugin {

  private final AgencyRegistry registry;

  public AgencyAuthorizationPlugin(AgencyRegistry registry) {
    this.registry = registry;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    configuration.setResourceAuthorizationProvider(new AgencyTaskAuthorizations(registry));
  }
}
