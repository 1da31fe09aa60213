package org.prasan.system;

import io.swagger.v3.oas.annotations.OpenAPIDefinition;
import io.swagger.v3.oas.annotations.enums.SecuritySchemeType;
import io.swagger.v3.oas.annotations.info.Info;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.security.SecurityScheme;
import org.camunda.bpm.engine.authorization.Groups;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;

/**
 * Who reads the API's description and the nodes' metrics (issue 15, item 10). The OpenAPI
 * document ({@code /v3/api-docs}) and Swagger UI ({@code /swagger-ui/index.html}, from its
 * WebJar) are for anyone signed in; the browser asks for the same user and password as
 * {@code /api} (HTTP Basic) and Swagger UI's "Try it out" sends them on. Metrics
 * ({@code /actuator/metrics}, {@code /actuator/prometheus}) are for the
 * {@value MonitoringGroup#ID} group and administrators; health and info stay open for load
 * balancers and the container's health check. Stateless, like {@code /api}: no session, so no
 * CSRF to guard.
 */
@Configuration
@OpenAPIDefinition(info = @Info(title = "Prasan API", description = "Joint investigation and "
    + "prosecution of human-trafficking cases. Camunda's own REST API (/engine-rest) is "
    + "described in Camunda's REST API reference."),
    security = @SecurityRequirement(name = "basic"))
@SecurityScheme(name = "basic", type = SecuritySchemeType.HTTP, scheme = "basic")
public class DocsAndMetricsSecurity {

  private static final PathPatternRequestMatcher.Builder PATHS =
      PathPatternRequestMatcher.withDefaults();

  @Bean
  @Order(0)
  SecurityFilterChain docsSecurity(HttpSecurity http,
                                   CamundaIdentityAuthenticationProvider provider,
                                   ProblemResponses problems) throws Exception {
    http.securityMatcher(new OrRequestMatcher(PATHS.matcher("/v3/api-docs"),
            PATHS.matcher("/v3/api-docs/**"), PATHS.matcher("/swagger-ui.html"),
            PATHS.matcher("/swagger-ui/**")))
        .authorizeHttpRequests(requests -> requests.anyRequest().authenticated());
    return signedInByBasic(http, provider, problems);
  }

  @Bean
  @Order(0)
  SecurityFilterChain metricsSecurity(HttpSecurity http,
                                      CamundaIdentityAuthenticationProvider provider,
                                      ProblemResponses problems) throws Exception {
    http.securityMatcher(PATHS.matcher("/actuator/**"))
        .authorizeHttpRequests(requests -> requests
            .requestMatchers(PATHS.matcher("/actuator/health"),
                PATHS.matcher("/actuator/health/**"), PATHS.matcher("/actuator/info"))
            .permitAll()
            .anyRequest().hasAnyAuthority(MonitoringGroup.ID, Groups.CAMUNDA_ADMIN));
    return signedInByBasic(http, provider, problems);
  }

  private static SecurityFilterChain signedInByBasic(HttpSecurity http,
                                                     CamundaIdentityAuthenticationProvider
                                                         provider,
                                                     ProblemResponses problems)
      throws Exception {
    return http
        .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
        .csrf(csrf -> csrf.disable())
        .exceptionHandling(errors -> errors
            .authenticationEntryPoint(problems.unauthenticated())
            .accessDeniedHandler(problems.forbidden()))
        .authenticationProvider(provider)
        .httpBasic(basic -> basic.authenticationEntryPoint(problems.unauthenticated()))
        .build();
  }
}
