package org.prasan.agency;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.stereotype.Component;

/**
 * Installs {@link AgencyTaskAuthorizations} as the engine's default task grants, and
 * {@link TaskQueryShapes} for the task query that checks them (docs/benchmarks.md; its indexes:
 * {@code system/EngineIndexes}).
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

  /**
   * The SQL session factory exists now: our task-query shapes go into its statements, on
   * MySQL/MariaDB only (no other database's statements would match; H2 need not pay the test).
   */
  @Override
  public void postInit(ProcessEngineConfigurationImpl configuration) {
    if ("mysql".equals(configuration.getDatabaseType())) {
      configuration.getSqlSessionFactory().getConfiguration()
          .addInterceptor(new TaskQueryShapes());
    }
  }
}
