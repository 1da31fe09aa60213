package org.prasan.claims;

import org.prasan.agency.Agency;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.web.server.ResponseStatusException;

/** Which agencies the caller speaks for: the authorities are the caller's group ids. */
final class CallerAgencies {

  private CallerAgencies() {
  }

  static boolean isOfficerOf(Authentication caller, String agency) {
    return caller.getAuthorities().stream()
        .map(GrantedAuthority::getAuthority)
        .anyMatch(group -> group.equals(agency)
            || group.equals(agency + Agency.SUPERVISOR_SUFFIX));
  }

  static void requireOfficerOf(Authentication caller, String agency) {
    if (!isOfficerOf(caller, agency)) {
      throw new ResponseStatusException(HttpStatus.FORBIDDEN,
          caller.getName() + " is not an officer of " + agency);
    }
  }
}
