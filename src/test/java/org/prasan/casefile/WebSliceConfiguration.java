package org.prasan.casefile;

import static org.mockito.Mockito.mock;

import org.camunda.bpm.engine.IdentityService;
import org.prasan.system.StrictJsonConfiguration;
import org.prasan.system.ValidationConfiguration;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;

/**
 * What a {@code @WebMvcTest} slice of an {@code /api} controller needs besides the controller:
 * the slice picks up {@code ApiProblems}, {@code JsonBodyLimit}, {@link AccessInterceptor} and
 * {@code CurrentActor} by their types, but not the configurations that make JSON strict and
 * validation tolerant of clock skew, so they are imported here. The access machinery's
 * collaborators are mocks: a slice proves what a controller refuses, not who may call it
 * ({@code ApiAccessTest} and the API tests do that). The security chain stands in for
 * {@code system.SecurityConfiguration}'s API chain (stateless, no CSRF, authenticated) without the
 * engine's identity service; slices sign in with {@code SecurityMockMvcRequestPostProcessors.user}.
 * It lives in {@code casefile}, which may use {@code agency} and {@code system} (ArchitectureTest),
 * because the access machinery it stands in for is the case file's.
 */
@TestConfiguration(proxyBeanMethods = false)
@Import({StrictJsonConfiguration.class, ValidationConfiguration.class})
public class WebSliceConfiguration {

  @Bean
  CaseAccess caseAccess() {
    return mock(CaseAccess.class);
  }

  @Bean
  IdentityService identityService() {
    return mock(IdentityService.class);
  }

  @Bean
  SecurityFilterChain apiSecurityForSlices(HttpSecurity http) throws Exception {
    return http
        .authorizeHttpRequests(requests -> requests.anyRequest().authenticated())
        .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
        .csrf(csrf -> csrf.disable())
        .httpBasic(basic -> { })
        .build();
  }
}
