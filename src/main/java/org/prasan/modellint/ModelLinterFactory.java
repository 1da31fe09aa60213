package org.prasan.modellint;

import org.prasan.agency.AgencyRegistry;
import org.prasan.sla.SlaProperties;
import org.springframework.beans.factory.ListableBeanFactory;
import org.springframework.stereotype.Component;

/**
 * The linter of the running application: the bound agency registry, service levels and lint
 * settings, and the application's own beans as delegates.
 */
@Component
public class ModelLinterFactory {

  private final LintEnvironment environment;

  public ModelLinterFactory(AgencyRegistry agencies, SlaProperties serviceLevels,
                            LintProperties lint, ListableBeanFactory beans) {
    this.environment = LintEnvironment.of(agencies, serviceLevels, lint,
        new BeanFactoryDelegateCatalog(beans));
  }

  public ModelLinter linter() {
    return new ModelLinter(environment);
  }

  public LintEnvironment environment() {
    return environment;
  }
}
