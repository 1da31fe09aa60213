package org.prasan.system;

import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/**
 * Checks user and password against the Camunda identity service, the same users the webapps
 * know. Each group membership becomes an authority named by the group id.
 */
@Component
public class CamundaIdentityAuthenticationProvider implements AuthenticationProvider {

  private final IdentityService identityService;
  private final LoginThrottle throttle;

  public CamundaIdentityAuthenticationProvider(IdentityService identityService,
                                               LoginThrottle throttle) {
    this.identityService = identityService;
    this.throttle = throttle;
  }

  @Override
  public Authentication authenticate(Authentication authentication) {
    String userId = authentication.getName();
    String source = authentication.getDetails() instanceof WebAuthenticationDetails details
        ? details.getRemoteAddress() : "";
    if (!throttle.mayTry(userId, source)) {
      // The same answer as a wrong password: a guesser learns nothing from it.
      throw new BadCredentialsException("Too many failed attempts from this address");
    }
    Object credentials = authentication.getCredentials();
    if (credentials == null || !identityService.checkPassword(userId, credentials.toString())) {
      throttle.failed(userId, source);
      throw new BadCredentialsException("Unknown user or wrong password");
    }
    throttle.succeeded(userId, source);
    return authenticated(userId);
  }

  /** The user, already known to be who they say, with their groups as they are now. */
  public Authentication authenticated(String userId) {
    List<SimpleGrantedAuthority> groups = identityService.createGroupQuery()
        .groupMember(userId).list().stream()
        .map(Group::getId)
        .map(SimpleGrantedAuthority::new)
        .toList();
    return UsernamePasswordAuthenticationToken.authenticated(userId, null, groups);
  }

  @Override
  public boolean supports(Class<?> authentication) {
    return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
  }
}
