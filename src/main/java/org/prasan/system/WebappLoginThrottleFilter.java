package org.prasan.system;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The webapps' login form ({@code POST /camunda/api/admin/auth/user/{engine}/login/{app}})
 * under the same {@link LoginThrottle} as the APIs' Basic authentication: per user and source,
 * time-limited. A pair that must wait is answered 401 without its password being checked.
 */
@Configuration
public class WebappLoginThrottleFilter {

  static final String LOGIN = "/camunda/api/admin/auth/user/*";

  @Bean
  FilterRegistrationBean<OncePerRequestFilter> webappLoginThrottle(LoginThrottle throttle) {
    FilterRegistrationBean<OncePerRequestFilter> registration =
        new FilterRegistrationBean<>(new Throttling(throttle));
    registration.setUrlPatterns(List.of("/camunda/api/admin/auth/user/*"));
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
    return registration;
  }

  static final class Throttling extends OncePerRequestFilter {

    private final LoginThrottle throttle;

    Throttling(LoginThrottle throttle) {
      this.throttle = throttle;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response,
                                    FilterChain chain) throws ServletException, IOException {
      String user = request.getParameter("username");
      boolean login = "POST".equals(request.getMethod()) && user != null
          && request.getRequestURI().contains("/login/");
      if (!login) {
        chain.doFilter(request, response);
        return;
      }
      String source = request.getRemoteAddr();
      if (!throttle.mayTry(user, source)) {
        response.sendError(HttpStatus.UNAUTHORIZED.value());
        return;
      }
      chain.doFilter(request, response);
      if (response.getStatus() == HttpStatus.OK.value()) {
        throttle.succeeded(user, source);
      } else if (response.getStatus() == HttpStatus.UNAUTHORIZED.value()
          || response.getStatus() == HttpStatus.FORBIDDEN.value()) {
        throttle.failed(user, source);
      }
    }
  }
}
