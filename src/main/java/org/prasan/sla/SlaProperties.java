package org.prasan.sla;

import java.time.Duration;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Service levels per user task, by the task's BPMN id. A task without an entry gets
 * {@code defaultServiceLevel}.
 */
@ConfigurationProperties("prasan.sla")
public record SlaProperties(Duration defaultServiceLevel, Map<String, Duration> serviceLevels) {

  public SlaProperties {
    defaultServiceLevel = defaultServiceLevel == null ? Duration.ofDays(3) : defaultServiceLevel;
    serviceLevels = serviceLevels == null ? Map.of() : Map.copyOf(serviceLevels);
  }

  public Duration serviceLevelOf(String taskId) {
    return serviceLevels.getOrDefault(taskId, defaultServiceLevel);
  }
}
