package org.prasan.system;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.annotation.Priority;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.ContextResolver;
import java.util.concurrent.atomic.AtomicLong;
import org.camunda.bpm.engine.rest.mapper.JacksonConfigurator;
import org.camunda.bpm.spring.boot.starter.property.CamundaBpmProperties;
import org.camunda.bpm.webapp.impl.engine.EngineRestApplication;
import org.glassfish.jersey.server.ResourceConfig;
import org.glassfish.jersey.servlet.ServletContainer;
import org.springframework.boot.autoconfigure.jersey.ResourceConfigCustomizer;
import org.springframework.boot.web.servlet.ServletRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/**
 * One ObjectMapper for Camunda's two engine APIs, {@code /engine-rest} and the webapps'
 * {@code /camunda/api/engine} the Tasklist calls, built once (issue 20). Camunda's
 * {@link JacksonConfigurator} builds and configures a new mapper each time it is asked, and it is
 * asked on every request (each sub-resource gets {@code getObjectMapper()}) and whenever the JSON
 * provider's endpoint cache misses: each such mapper registers the java.time module again and
 * starts with empty serializer and deserializer caches. Ours is configured by Camunda's own
 * {@link JacksonConfigurator#configureObjectMapper}, so the JSON and its dates do not change;
 * sharing it is safe, as Jackson copies the date format for each call and nothing in Camunda's
 * REST reconfigures the mapper it is handed.
 *
 * <p>Jersey asks a media type's resolvers in the order of their {@code @Priority}, the highest
 * first (HK2's rank); Camunda's has none (rank 0), so ours, for the same media types, answers
 * first. 1 would also come first were Jersey to sort them as it sorts filters, lowest first
 * (none counts as 5000 there). The webapps' engine API is a Jersey servlet that Camunda's webapp
 * initializer registers by class, out of Spring's reach, unless a servlet of its name is
 * registered already: so we register that servlet first, with Camunda's application, its mapping
 * and our resolver.
 */
@Configuration(proxyBeanMethods = false)
public class EngineJsonMapper implements ResourceConfigCustomizer {

  /** The name {@code CamundaBpmWebappInitializer} gives the webapps' engine API servlet. */
  static final String WEBAPP_ENGINE_API = "Engine Api";

  private final ObjectMapper mapper = JacksonConfigurator.configureObjectMapper(new ObjectMapper());
  private final Resolver engineRest = new Resolver(mapper);
  private final Resolver webappEngineApi = new Resolver(mapper);

  @Override
  public void customize(ResourceConfig config) {
    config.register(engineRest);
  }

  @Bean
  ServletRegistrationBean<ServletContainer> webappEngineApiServlet(
      CamundaBpmProperties camunda) {
    ServletRegistrationBean<ServletContainer> servlet = new ServletRegistrationBean<>(
        new ServletContainer(webappEngineApplication()),
        camunda.getWebapp().getApplicationPath() + "/api/engine/*");
    servlet.setName(WEBAPP_ENGINE_API);
    servlet.setAsyncSupported(false);
    servlet.setOrder(Ordered.HIGHEST_PRECEDENCE);
    return servlet;
  }

  /** Camunda's application for the webapps' engine API, with our resolver. */
  ResourceConfig webappEngineApplication() {
    return ResourceConfig.forApplication(new EngineRestApplication())
        .register(webappEngineApi);
  }

  /** The resolver {@code /engine-rest} asks. */
  public Resolver engineRest() {
    return engineRest;
  }

  /** The resolver the webapps' engine API asks. */
  public Resolver webappEngineApi() {
    return webappEngineApi;
  }

  /** Camunda's media types for its mapper: JSON and HAL. */
  @Priority(1)
  @Produces({MediaType.APPLICATION_JSON, "application/hal+json"})
  public static final class Resolver implements ContextResolver<ObjectMapper> {

    private final ObjectMapper mapper;
    private final AtomicLong answers = new AtomicLong();

    Resolver(ObjectMapper mapper) {
      this.mapper = mapper;
    }

    @Override
    public ObjectMapper getContext(Class<?> type) {
      answers.incrementAndGet();
      return mapper;
    }

    /** How often the application asked: shows that it asks this resolver, not Camunda's. */
    public long answers() {
      return answers.get();
    }
  }
}
