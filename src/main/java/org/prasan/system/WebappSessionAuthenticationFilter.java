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
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Lets a user logged into the Camunda webapps read the dashboard's figures, the statistics and
 * screening operations (and, a coordinator, group an operation's victims), work in the model
 * workbench and on the case page, without logging in again. The webapps keep their login in the HTTP session, as {@link Authentications} under
 * {@value #SESSION_ATTRIBUTE}, one per engine; this reads it (never creating a session) for
 * {@code GET /api/dashboard/**} and {@code /api/models/**}, when the request brought no Basic
 * credentials. The rest of {@code /api} stays cookie-free. A request to the workbench that
 * changes something (lint, deploy, migrate, roll back) must also carry the webapps' own CSRF
 * token of that session in {@value #CSRF_HEADER} (the token the webapps' CSRF filter hands out
 * on any GET of their API), so no cross-site form can ride on the session; a cross-site page
 * cannot read a GET's answer either. The
 * groups are read afresh from the identity service, so a coordinator removed from the group
 * loses the dashboard at once, not when the webapps' session cache expires.
 */
public class WebappSessionAuthenticationFilter extends OncePerRequestFilter {

  /** Where Camunda's {@code AuthenticationUtil} keeps the webapps' logins in the session. */
  static final String SESSION_ATTRIBUTE = "authenticatedUser";

  /** Where the webapps' CSRF filter keeps the session's token, and the header it wants. */
  static final String CSRF_SESSION_ATTRIBUTE = "CAMUNDA_CSRF_TOKEN";
  static final String CSRF_HEADER = "X-XSRF-TOKEN";

  private static final RequestMatcher DASHBOARD = PathPatternRequestMatcher.withDefaults()
      .matcher(HttpMethod.GET, "/api/dashboard/**");
  /** The statistics page's figures, downloads and export (issue 21): read only. */
  private static final RequestMatcher STATISTICS = new OrRequestMatcher(
      PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.GET, "/api/statistics/**"),
      PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.GET, "/api/exports/**"));
  /** The screening operation's page (README "Mass screening"): counts, people, plan; read only. */
  private static final RequestMatcher SCREENINGS = PathPatternRequestMatcher.withDefaults()
      .matcher(HttpMethod.GET, "/api/screenings/**");
  private static final RequestMatcher WORKBENCH = PathPatternRequestMatcher.withDefaults()
      .matcher("/api/models/**");
  /**
   * The case page (README "Case page"): it reads a case and its exhibits, and registers,
   * hands over and verifies exhibits and records and reads victims' identities. Reading a
   * case or an exhibit is a GET; everything else here (an identity read too, which is audited)
   * needs the CSRF token, as the workbench's changes do.
   */
  private static final RequestMatcher CASE_READS = new OrRequestMatcher(
      PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.GET, "/api/cases/**"),
      PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.GET, "/api/evidence/**"));
  private static final RequestMatcher CASE_CHANGES = new OrRequestMatcher(
      PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.POST, "/api/cases/*/evidence"),
      PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.POST, "/api/evidence/*/custody"),
      PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.POST, "/api/cases/*/victims"),
      PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.GET, "/api/victims/*"));
  /**
   * The screening page's coordinator groups identified victims into joint cases (README "Mass
   * screening"): a change, so with the CSRF token; the API lets only coordinators in.
   */
  private static final RequestMatcher SCREENING_CHANGES = PathPatternRequestMatcher.withDefaults()
      .matcher(HttpMethod.POST, "/api/screenings/*/groupings");
  /**
   * Admin's "Logins" section (app/prasan/login-throttle.js): who waits is read with the
   * session; an unlock needs the CSRF token too. The API lets only administrators in.
   */
  private static final RequestMatcher ADMIN_READS = new OrRequestMatcher(
      PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.GET, "/api/admin/login-throttle"),
      PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.GET, "/api/admin/login-unlocks"));
  private static final RequestMatcher ADMIN_CHANGES = PathPatternRequestMatcher.withDefaults()
      .matcher(HttpMethod.DELETE, "/api/admin/login-throttle/*");

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
    boolean reading = DASHBOARD.matches(request) || STATISTICS.matches(request)
        || SCREENINGS.matches(request)
        || WORKBENCH.matches(request) && HttpMethod.GET.matches(request.getMethod())
        || CASE_READS.matches(request) || ADMIN_READS.matches(request);
    boolean changing = !reading && (WORKBENCH.matches(request) || CASE_CHANGES.matches(request)
        || SCREENING_CHANGES.matches(request) || ADMIN_CHANGES.matches(request));
    if ((reading || changing && carriesCsrfToken(request))
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

  /**
   * The webapps' CSRF token of the request's session, if it has one. Their filter hands it out
   * only when it makes it, so a page opened from the Tasklist, whose session has one already,
   * gets it from the answer of its first read (the case page's figures carry it in
   * {@value #CSRF_HEADER}; a cross-site page cannot read an answer's headers).
   */
  public static java.util.Optional<String> csrfTokenOf(HttpServletRequest request) {
    HttpSession session = request.getSession(false);
    return session != null && session.getAttribute(CSRF_SESSION_ATTRIBUTE) instanceof String token
        ? java.util.Optional.of(token) : java.util.Optional.empty();
  }

  private static boolean carriesCsrfToken(HttpServletRequest request) {
    HttpSession session = request.getSession(false);
    String header = request.getHeader(CSRF_HEADER);
    if (session == null || header == null
        || !(session.getAttribute(CSRF_SESSION_ATTRIBUTE) instanceof String token)) {
      return false;
    }
    return java.security.MessageDigest.isEqual(
        token.getBytes(java.nio.charset.StandardCharsets.UTF_8),
        header.getBytes(java.nio.charset.StandardCharsets.UTF_8));
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
