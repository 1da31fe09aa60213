package org.prasan.agency;

import java.util.Collection;
import java.util.Set;
import org.camunda.bpm.engine.authorization.Groups;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;

/**
 * Who is acting: a signed-in user and their groups (officers are in {@code <agency>},
 * supervisors also in {@code <agency>-sup}, coordinators in {@code coordinator},
 * administrators in {@code camunda-admin}). Controllers take it as a parameter
 * ({@code Actor caller}, {@link CurrentActor}); inside the engine {@link CurrentActor} reads it.
 */
public record Actor(String userId, Set<String> groups) {

  public Actor {
    groups = Set.copyOf(groups);
  }

  public static Actor of(String userId, Collection<String> groups) {
    return new Actor(userId, Set.copyOf(groups));
  }

  /** The caller of an API request, from what its authentication established. */
  public static Actor of(Authentication authentication) {
    return new Actor(authentication.getName(), authentication.getAuthorities().stream()
        .map(GrantedAuthority::getAuthority)
        .collect(java.util.stream.Collectors.toUnmodifiableSet()));
  }

  /** The agencies the actor works for, as officer or supervisor. */
  public Set<String> agencies() {
    return AgencyGroups.agenciesOf(groups);
  }

  /** An officer or a supervisor of the agency: may speak and act for it. */
  public boolean speaksFor(String agency) {
    return agency != null && agencies().contains(agency);
  }

  public boolean speaksForAny(Collection<String> agencies) {
    return agencies.stream().anyMatch(this::speaksFor);
  }

  public boolean isCoordinator() {
    return speaksFor(AgencyRegistry.COORDINATOR);
  }

  public boolean isSupervisorOf(String agency) {
    return groups.contains(agency + Agency.SUPERVISOR_SUFFIX);
  }

  /** A supervisor of any agency (coordinators' heads included). */
  public boolean isSupervisor() {
    return groups.stream().anyMatch(AgencyGroups::isSupervisorGroup);
  }

  public boolean isAdministrator() {
    return groups.contains(Groups.CAMUNDA_ADMIN);
  }
}
