package org.prasan.agency;

import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;

/**
 * The agencies a caller belongs to, from the authorities the API's authentication gives them
 * (their group ids): officers are in {@code <agency>}, supervisors also in {@code <agency>-sup}.
 */
public final class AgencyMembership {

  private AgencyMembership() {
  }

  public static Set<String> agenciesOf(Authentication caller) {
    return caller.getAuthorities().stream()
        .map(GrantedAuthority::getAuthority)
        .map(group -> group.endsWith(Agency.SUPERVISOR_SUFFIX)
            ? group.substring(0, group.length() - Agency.SUPERVISOR_SUFFIX.length()) : group)
        .collect(Collectors.toUnmodifiableSet());
  }

  public static boolean isCoordinator(Authentication caller) {
    return agenciesOf(caller).contains(AgencyRegistry.COORDINATOR);
  }
}
