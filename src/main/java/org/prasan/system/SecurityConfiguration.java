package org.prasan.system;

import org.camunda.bpm.engine.IdentityService;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;

/**
 * Who may call what. {@code /api/**} takes HTTP Basic against the Camunda identity service
 * ({@link CamundaIdentityAuthenticationProvider}); an OIDC resource server can replace that
 * chain without touching controllers, which only read the {@code Principal}. The Camunda
 * webapps keep their own login and CSRF protection.
 */
@Configuration
public class SecurityConfiguration {

  @Bean
  @Order(1)
  SecurityFilterChain apiSecurity(HttpSecurity http, CamundaIdentityAuthenticationProvider provider,
                                  IdentityService identityService) throws Exception {
    return http
        .securityMatcher("/api/**")
        .authorizeHttpRequests(requests -> requests.anyRequest().authenticated())
        .authenticationProvider(provider)
        .httpBasic(Customizer.withDefaults())
        .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
        // Stateless Basic authentication: no cookie a forged cross-site request could ride on.
        .csrf(csrf -> csrf.disable())
        .addFilterAfter(new EngineAuthenticationFilter(identityService),
            BasicAuthenticationFilter.class)
        .build();
  }

  @Bean
  @Order(2)
  SecurityFilterChain everythingElse(HttpSecurity http) throws Exception {
    return http
        .authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
        // The Camunda webapps run their own CSRF filter and login.
        .csrf(csrf -> csrf.disable())
        .headers(headers -> headers.frameOptions(frame -> frame.sameOrigin()))
        .build();
  }
}
