package org.prasan.agency;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.springframework.boot.context.properties.ConfigurationProperties;

/** The agencies of the joint task force, from {@code prasan.agencies} in sop.yaml. */
@ConfigurationProperties("prasan")
public record AgencyRegistry(List<Agency> agencies) {

  public static final String COORDINATOR = "coordinator";

  public AgencyRegistry {
    agencies = agencies == null ? List.of() : List.copyOf(agencies);
  }

  public Optional<Agency> find(String id) {
    return agencies.stream().filter(agency -> agency.id().equals(id)).findFirst();
  }

  public boolean isAgency(String id) {
    return find(id).isPresent();
  }

  /** The agencies with this role ({@code roles} in sop.yaml), such as the prosecutors. */
  public Set<String> withRole(Agency.Role role) {
    return agencies.stream().filter(agency -> agency.has(role)).map(Agency::id)
        .collect(Collectors.toUnmodifiableSet());
  }

  /** Every group id the registry defines: the agencies and their supervisors' groups. */
  public Set<String> groupIds() {
    return agencies.stream()
        .flatMap(agency -> Stream.of(agency.id(), agency.supervisorGroupId()))
        .collect(Collectors.toUnmodifiableSet());
  }
}
