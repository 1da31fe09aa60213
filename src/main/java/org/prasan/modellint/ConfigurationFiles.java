package org.prasan.modellint;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.prasan.agency.AgencyRegistry;
import org.prasan.sla.SlaProperties;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.env.MutablePropertySources;
import org.springframework.core.env.PropertySource;
import org.springframework.core.io.Resource;

/**
 * Reads the agency registry, the service levels and the lint settings from application.yaml
 * files without starting Spring: the same binding the application uses, applied to the YAML
 * documents that no profile activates. Later files override earlier ones.
 */
public final class ConfigurationFiles {

  private static final String PROFILE_CONDITION = "spring.config.activate.on-profile";

  private ConfigurationFiles() {
  }

  public static LintEnvironment environment(List<Resource> yamlFiles, DelegateCatalog delegates)
      throws IOException {
    Binder binder = binder(yamlFiles);
    AgencyRegistry agencies = binder.bind("prasan", Bindable.of(AgencyRegistry.class))
        .orElseGet(() -> new AgencyRegistry(List.of()));
    SlaProperties serviceLevels = slaProperties(binder);
    LintProperties lint = binder.bind("prasan.lint", Bindable.of(LintProperties.class))
        .orElseGet(() -> new LintProperties(null, null, null));
    return LintEnvironment.of(agencies, serviceLevels, lint, delegates);
  }

  /** The clocks of {@code prasan.sla}, as the application binds them without a profile. */
  public static SlaProperties slaProperties(List<Resource> yamlFiles) throws IOException {
    return slaProperties(binder(yamlFiles));
  }

  private static SlaProperties slaProperties(Binder binder) {
    return binder.bind("prasan.sla", Bindable.of(SlaProperties.class))
        .orElseGet(() -> SlaProperties.serviceLevels(null, null));
  }

  private static Binder binder(List<Resource> yamlFiles) throws IOException {
    YamlPropertySourceLoader loader = new YamlPropertySourceLoader();
    List<PropertySource<?>> documents = new ArrayList<>();
    for (Resource file : yamlFiles) {
      for (PropertySource<?> document : loader.load(file.getDescription(), file)) {
        if (!document.containsProperty(PROFILE_CONDITION)) {
          documents.add(0, document);
        }
      }
    }
    MutablePropertySources sources = new MutablePropertySources();
    documents.forEach(sources::addLast);
    return new Binder(ConfigurationPropertySources.from(sources));
  }
}
