package org.prasan.system;

import jakarta.servlet.http.HttpServletRequest;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.firewall.RequestRejectedHandler;
import org.springframework.security.web.header.writers.DelegatingRequestMatcherHeaderWriter;
import org.springframework.security.web.header.writers.StaticHeadersWriter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Who may call what. Our {@code /api/**} and the Camunda REST API {@code /engine-rest/**} need
 * an authenticated caller: HTTP Basic against the Camunda identity service
 * ({@link CamundaIdentityAuthenticationProvider}). Everything after authentication reads only
 * the caller's name and authorities (their group ids): {@link EngineAuthenticationFilter} hands
 * them to the engine, whose authorizations decide what the caller sees in {@code /engine-rest},
 * and controllers check them. An OIDC resource server can therefore replace {@link #callers}
 * alone ({@code oauth2ResourceServer} with a converter from the token's group claim to
 * authorities) without touching anything else. The Camunda webapps keep their own login and
 * CSRF protection; {@code GET /api/dashboard/**} also accepts their login
 * ({@link WebappSessionAuthenticationFilter}).
 */
@Configuration
// @PreAuthorize and friends, for code that wants them; /api endpoints declare who may call them
// with casefile/Access, decided by casefile/CaseAccess.
@EnableMethodSecurity
public class SecurityConfiguration {

  static final String DASHBOARD_POLICY = "default-src 'self'; script-src 'self'; "
      + "style-src 'self'; img-src 'self' data:; connect-src 'self'; object-src 'none'; "
      + "base-uri 'self'; form-action 'self'; frame-ancestors 'self'";

  private static final PathPatternRequestMatcher.Builder PATHS =
      PathPatternRequestMatcher.withDefaults();

  /** Prasan's own pages but the workbench: the dashboard, case pages, statistics, screenings. */
  private static final RequestMatcher OWN_PAGES = new OrRequestMatcher(
      PATHS.matcher("/dashboard/**"), PATHS.matcher("/cases/**"),
      PATHS.matcher("/statistics/**"), PATHS.matcher("/screenings/**"),
      PATHS.matcher("/common/**"));

  @Bean
  @Order(1)
  SecurityFilterChain apiSecurity(HttpSecurity http, CamundaIdentityAuthenticationProvider provider,
                                  ProcessEngine engine, ProblemResponses problems)
      throws Exception {
    IdentityService identityService = engine.getIdentityService();
    http
        // Whole paths, not the MVC servlet's: /engine-rest is Jersey's servlet, outside MVC.
        // The decoded path first: the pattern matchers throw on a path written encoded.
        .securityMatcher(new OrRequestMatcher(SecurityConfiguration::decodedApiPath,
            PATHS.matcher("/api/**"), PATHS.matcher("/engine-rest/**")))
        .authorizeHttpRequests(requests -> requests.anyRequest().authenticated())
        // No session of our own; and a request that arrives with the webapps' login
        // (WebappSessionAuthenticationFilter) keeps its session id: the webapps changed it at
        // login already, and changing it again on every call would log out the page's other
        // calls running at the same time (the screening page makes four at once).
        .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS)
            .sessionFixation(fixation -> fixation.none()))
        // Stateless Basic authentication: no cookie a forged cross-site request could ride on.
        .csrf(csrf -> csrf.disable())
        .exceptionHandling(errors -> errors
            .authenticationEntryPoint(problems.unauthenticated())
            .accessDeniedHandler(problems.forbidden()))
        // The dashboard's GET also takes the Camunda webapps' login (README "Dashboard").
        .addFilterAfter(new WebappSessionAuthenticationFilter(engine.getName(), identityService,
            provider), BasicAuthenticationFilter.class)
        .addFilterAfter(new EngineAuthenticationFilter(identityService),
            WebappSessionAuthenticationFilter.class);
    callers(http, provider, problems);
    return http.build();
  }

  /**
   * The path as the servlet container routes it (decoded, dot segments resolved): a request
   * written {@code /%65ngine-rest/task} reached the engine's REST API unauthenticated because
   * the raw path matched no API pattern (issue 15, item 12).
   */
  static boolean decodedApiPath(HttpServletRequest request) {
    String path = (request.getServletPath() == null ? "" : request.getServletPath())
        + (request.getPathInfo() == null ? "" : request.getPathInfo());
    return path.equals("/api") || path.startsWith("/api/") || path.equals("/engine-rest")
        || path.startsWith("/engine-rest/");
  }

  /** How callers of the APIs prove who they are; the one place OIDC would change. */
  private static void callers(HttpSecurity http, CamundaIdentityAuthenticationProvider provider,
                              ProblemResponses problems) throws Exception {
    http
        .authenticationProvider(provider)
        .httpBasic(basic -> basic.authenticationEntryPoint(problems.unauthenticated()));
  }

  /**
   * No observation around each of Spring Security's filters: nothing of Prasan reads those
   * metrics or traces (the requests' own {@code http.server.requests} stay), and wrapping every
   * filter of every request was a large share of the HTTP threads' CPU in the clerks' and the
   * intake's profiles (issue 17, issue 20).
   */
  @Bean
  SecurityObservationSettings securityObservations() {
    return SecurityObservationSettings.noObservations();
  }

  /** The firewall's refusals are 400 problem+json, never a 500 (issue 15, item 12). */
  @Bean
  RequestRejectedHandler requestRejectedHandler(ProblemResponses problems) {
    return problems.rejected();
  }

  @Bean
  @Order(2)
  SecurityFilterChain everythingElse(HttpSecurity http) throws Exception {
    return http
        .authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
        // The Camunda webapps run their own CSRF filter and login.
        .csrf(csrf -> csrf.disable())
        .headers(headers -> headers.frameOptions(frame -> frame.sameOrigin())
            // Our own pages load only their own files (issue 15); the Camunda webapps keep
            // theirs, which need inline scripts, and so does the workbench's bpmn-js.
            .addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(OWN_PAGES,
                new StaticHeadersWriter("Content-Security-Policy", DASHBOARD_POLICY))))
        .build();
  }
}
