package org.prasan.agency;

import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Which agency's systems take each external task topic (docs/agency-systems.md): only the
 * users of the group {@code <agency>-system} may fetch, lock, complete or fail its tasks.
 * A topic not listed here is fetched by nobody through {@code /engine-rest}.
 */
@ConfigurationProperties("prasan.agency-systems")
public record AgencySystemsProperties(Map<String, String> topics) {

  public AgencySystemsProperties {
    topics = topics == null ? Map.of() : Map.copyOf(topics);
  }

  /** The group whose users may take this topic's tasks, or null for an unknown topic. */
  public String systemGroupOf(String topic) {
    String agency = topic == null ? null : topics.get(topic);
    return agency == null ? null : agency + Agency.SYSTEM_SUFFIX;
  }
}
