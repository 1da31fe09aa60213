package org.prasan.system;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Providers;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.Map;
import org.camunda.bpm.engine.rest.dto.task.TaskDto;
import org.camunda.bpm.engine.rest.impl.CamundaRestResources;
import org.camunda.bpm.engine.rest.mapper.JacksonConfigurator;
import org.glassfish.jersey.server.ApplicationHandler;
import org.glassfish.jersey.server.ResourceConfig;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.GenericApplicationContext;

/**
 * The one mapper of Camunda's engine APIs ({@link EngineJsonMapper}): the same instance every
 * time, writing and reading as Camunda's per-call mapper does, and the one Jersey hands out for
 * JSON and HAL whichever of the two resolvers was registered first.
 */
class EngineJsonMapperTest {

  private static final MediaType HAL = MediaType.valueOf("application/hal+json");

  private final EngineJsonMapper engineJson = new EngineJsonMapper();
  private final ObjectMapper camundas = new JacksonConfigurator().getContext(Object.class);

  @Test
  void itIsOneMapperForEveryAsking() {
    ObjectMapper first = engineJson.engineRest().getContext(TaskDto.class);

    assertThat(engineJson.engineRest().getContext(Object.class)).isSameAs(first);
    assertThat(engineJson.webappEngineApi().getContext(TaskDto.class)).isSameAs(first);
    assertThat(engineJson.engineRest().answers()).isEqualTo(2);
    assertThat(new JacksonConfigurator().getContext(Object.class))
        .as("Camunda's builds one per call").isNotSameAs(camundas);
  }

  @Test
  void itWritesAndReadsAsCamundasDoes() throws Exception {
    ObjectMapper ours = engineJson.engineRest().getContext(Object.class);
    Map<String, Object> sample = new LinkedHashMap<>();
    sample.put("created", new Date(1_765_000_000_123L));
    sample.put("instant", Instant.parse("2026-12-06T09:10:11.123Z"));
    sample.put("day", LocalDate.of(2026, 12, 6));

    String written = ours.writeValueAsString(sample);

    assertThat(written).isEqualTo(camundas.writeValueAsString(sample))
        .containsPattern("\"created\":\"\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.123[+-]\\d{4}\"");
    String task = "{\"id\":\"t1\",\"due\":\"2026-12-06T16:00:00.000+0700\",\"unknown\":1}";
    assertThat(ours.readValue(task, TaskDto.class).getDue())
        .isEqualTo(camundas.readValue(task, TaskDto.class).getDue())
        .isEqualTo(Date.from(Instant.parse("2026-12-06T09:00:00Z")));
  }

  @Test
  void jerseyAsksOursForJsonAndHalBeforeCamundas() {
    ResourceConfig camundaFirst = new ResourceConfig()
        .registerClasses(CamundaRestResources.getConfigurationClasses());
    engineJson.customize(camundaFirst);
    ResourceConfig oursFirst = new ResourceConfig();
    engineJson.customize(oursFirst);
    oursFirst.registerClasses(CamundaRestResources.getConfigurationClasses());
    ObjectMapper ours = engineJson.engineRest().getContext(Object.class);

    for (ResourceConfig config : new ResourceConfig[] {camundaFirst, oursFirst,
        engineJson.webappEngineApplication()}) {
      // jersey-spring6 wants a Spring context; an empty one, as nothing here is a bean.
      GenericApplicationContext noBeans = new GenericApplicationContext();
      noBeans.refresh();
      config.property("contextConfig", noBeans);
      Providers providers = new ApplicationHandler(config).getInjectionManager()
          .getInstance(Providers.class);
      for (MediaType type : new MediaType[] {MediaType.APPLICATION_JSON_TYPE, HAL,
          MediaType.valueOf("application/json;charset=UTF-8")}) {
        assertThat(providers.getContextResolver(ObjectMapper.class, type).getContext(TaskDto.class))
            .as("%s", type).isSameAs(ours);
      }
    }
  }
}
