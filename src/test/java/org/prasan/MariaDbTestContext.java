package org.prasan;

import java.util.List;
import java.util.Map;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;
import org.springframework.test.context.ContextConfigurationAttributes;
import org.springframework.test.context.ContextCustomizer;
import org.springframework.test.context.ContextCustomizerFactory;
import org.springframework.test.context.MergedContextConfiguration;

/**
 * Points every Spring test context with the {@code mariadb} profile at this run's database
 * (registered in {@code META-INF/spring.factories}), as {@code PRASAN_DB_URL} would in
 * production. Demo users on, as {@code PRASAN_DEMO=true}: the tests log in as demo officers.
 */
public class MariaDbTestContext implements ContextCustomizerFactory {

  static final String DATABASE_USE = "app";

  @Override
  public ContextCustomizer createContextCustomizer(Class<?> testClass,
                                                   List<ContextConfigurationAttributes> configs) {
    return new Customizer();
  }

  private static final class Customizer implements ContextCustomizer {

    @Override
    public void customizeContext(ConfigurableApplicationContext context,
                                 MergedContextConfiguration config) {
      if (!List.of(config.getActiveProfiles()).contains(TestProfiles.MARIADB)) {
        return;
      }
      String url = MariaDbTestDatabase.forRun(DATABASE_USE).url();
      context.getEnvironment().getPropertySources().addFirst(new MapPropertySource(
          "mariadb-test-database", Map.of("PRASAN_DB_URL", url, "PRASAN_DEMO", "true")));
    }

    @Override
    public boolean equals(Object other) {
      return other instanceof Customizer;
    }

    @Override
    public int hashCode() {
      return Customizer.class.hashCode();
    }
  }
}
