package org.prasan.system;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.webapp.impl.security.auth.Authentication;
import org.camunda.bpm.webapp.impl.security.auth.Authentications;
import org.springframework.http.HttpMethod;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Lets a user logged into the Camunda webapps read the dashboard's figures without logging in
 * again. The webapps keep their login in the HTTP session, as {@link Authentications} under
 * {@value #SESSION_ATTRIBUTE}, one per engine; this reads it (never creating a session) for
 * {@code GET /api/dashboard/**} only, when the request brought no Basic credentials. Only GET:
 * the rest of {@code /api} stays cookie-free, so no cross-site form can ride on the session
 * (the API has no CSRF token), and a cross-site page cannot read a GET's answer either. The
 * groups are read afresh from the identity service, so a coordinator removed from the group
 * loses the dashboard at once, not when the webapps' session cache expires.
 */
public class WebappSessionAuthenticationFilter extends OncePerRequestFilter {

  /** Where Camunda's {@code AuthenticationUtil} keeps the webapps' logins in the session. */
  static final String SESSION_ATTRIBUTE = "authenticatedUser";

  private static final RequestMatcher DASHBOARD = PathPatternRequestMatcher.withDefaults()
      .matcher(HttpMethod.GET, "/api/dashboard/**");

  private final String engineName;
  private final IdentityService identityService;
  private final CamundaIdentityAuthenticationProvider users;

  public WebappSessionAuthenticationFilter(String engineName, IdentityService identityService,
                                           CamundaIdentityAuthenticationProvider users) {
    this.engineName = engineName;
    this.identityService = identityService;
    this.users = users;
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response,
                                  FilterChain chain) throws ServletException, IOException {
    if (DASHBOARD.matches(request)
        && SecurityContextHolder.getContext().getAuthentication() == null) {
      String userId = webappUser(request.getSession(false));
      if (userId != null && identityService.createUserQuery().userId(userId).count() == 1) {
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(users.authenticated(userId));
        SecurityContextHolder.setContext(context);
      }
    }
    chain.doFilter(request, response);
  }

  private String webappUser(HttpSession session) {
    if (session == null
        || !(session.getAttribute(SESSION_ATTRIBUTE) instanceof Authentications logins)) {
      return null;
    }
    Authentication login = logins.getAuthenticationForProcessEngine(engineName);
    return login == null ? null : login.getIdentityId();
  }
}
