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
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.env.MutablePropertySources;
import org.springframework.core.env.PropertySource;
import org.springframework.core.io.Resource;

/**
 * Reads the agency registry, the service levels and the lint settings from application.yaml
 * files without starting Spring: the same binding the application uses, applied to the YAML
 * documents that no profile activates. Later files override earlier ones; a file's
 * {@code spring.config.import} (the SOP's {@code sop.yaml}) is read as Spring reads it, after
 * the file that imports it and overriding it.
 */
public final class ConfigurationFiles {

  private static final String PROFILE_CONDITION = "spring.config.activate.on-profile";
  private static final String IMPORT = "spring.config.import";
  private static final String OPTIONAL = "optional:";
  private static final String CLASSPATH = "classpath:";

  private ConfigurationFiles() {
  }

  public static LintEnvironment environment(List<Resource> yamlFiles, DelegateCatalog delegates)
      throws IOException {
    Binder binder = binder(yamlFiles);
    AgencyRegistry agencies = binder.bind("prasan", Bindable.of(AgencyRegistry.class))
        .orElseGet(() -> new AgencyRegistry(List.of()));
    SlaProperties serviceLevels = slaProperties(binder);
    LintProperties lint = binder.bind("prasan.lint", Bindable.of(LintProperties.class))
        .orElseGet(() -> new LintProperties(null, null, null, null));
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
    List<PropertySource<?>> lowestFirst = new ArrayList<>();
    for (Resource file : yamlFiles) {
      load(file, lowestFirst, 0);
    }
    MutablePropertySources sources = new MutablePropertySources();
    for (int i = lowestFirst.size() - 1; i >= 0; i--) {
      sources.addLast(lowestFirst.get(i));
    }
    return new Binder(ConfigurationPropertySources.from(sources));
  }

  private static void load(Resource file, List<PropertySource<?>> lowestFirst, int depth)
      throws IOException {
    if (depth > 5) {
      throw new IOException(file.getDescription() + ": spring.config.import nests too deep");
    }
    List<Resource> imports = new ArrayList<>();
    for (PropertySource<?> document : new YamlPropertySourceLoader()
        .load(file.getDescription(), file)) {
      if (!document.containsProperty(PROFILE_CONDITION)) {
        lowestFirst.add(document);
        imports.addAll(importsOf(file, document));
      }
    }
    for (Resource imported : imports) {
      load(imported, lowestFirst, depth + 1);
    }
  }

  private static List<Resource> importsOf(Resource file, PropertySource<?> document)
      throws IOException {
    List<String> locations = new ArrayList<>();
    Object single = document.getProperty(IMPORT);
    if (single != null) {
      locations.addAll(List.of(single.toString().split(",")));
    }
    for (int i = 0; document.getProperty(IMPORT + "[" + i + "]") != null; i++) {
      locations.add(document.getProperty(IMPORT + "[" + i + "]").toString());
    }
    List<Resource> resources = new ArrayList<>();
    for (String location : locations) {
      String name = location.strip();
      boolean optional = name.startsWith(OPTIONAL);
      name = optional ? name.substring(OPTIONAL.length()) : name;
      Resource resource = name.startsWith(CLASSPATH)
          ? new ClassPathResource(name.substring(CLASSPATH.length()))
          : file.createRelative(name.startsWith("file:") ? name.substring(5) : name);
      if (resource.exists()) {
        resources.add(resource);
      } else if (!optional) {
        throw new IOException(file.getDescription() + " imports " + name
            + ", which does not exist");
      }
    }
    return resources;
  }
}
