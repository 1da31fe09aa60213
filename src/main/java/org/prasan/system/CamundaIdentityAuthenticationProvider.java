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
 * know. Each group membership becomes an authority named by the group id. A login verified a
 * few seconds ago with the same password is taken from {@link VerifiedLogins} (issue 20).
 */
@Component
public class CamundaIdentityAuthenticationProvider implements AuthenticationProvider {

  private final IdentityService identityService;
  private final LoginThrottle throttle;
  private final VerifiedLogins verified;

  public CamundaIdentityAuthenticationProvider(IdentityService identityService,
                                               LoginThrottle throttle,
                                               VerifiedLogins verified) {
    this.identityService = identityService;
    this.throttle = throttle;
    this.verified = verified;
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
    if (credentials == null) {
      throttle.failed(userId, source);
      throw new BadCredentialsException("Unknown user or wrong password");
    }
    String password = credentials.toString();
    var groups = verified.groupsOf(userId, password);
    if (groups.isPresent()) {
      return token(userId, groups.get());
    }
    if (!identityService.checkPassword(userId, password)) {
      throttle.failed(userId, source);
      throw new BadCredentialsException("Unknown user or wrong password");
    }
    throttle.succeeded(userId, source);
    List<String> memberships = groupsOf(userId);
    verified.remember(userId, password, memberships);
    return token(userId, memberships);
  }

  /** The user, already known to be who they say, with their groups as they are now. */
  public Authentication authenticated(String userId) {
    return token(userId, groupsOf(userId));
  }

  private List<String> groupsOf(String userId) {
    return identityService.createGroupQuery().groupMember(userId).list().stream()
        .map(Group::getId)
        .toList();
  }

  private static Authentication token(String userId, List<String> groups) {
    return UsernamePasswordAuthenticationToken.authenticated(userId, null,
        groups.stream().map(SimpleGrantedAuthority::new).toList());
  }

  @Override
  public boolean supports(Class<?> authentication) {
    return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
  }
}
