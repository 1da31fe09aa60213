package org.prasan.system;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.function.Supplier;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.core.Ordered;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Gives a thread-local its own value for each request's time and removes it when the request
 * ends, so that nothing of one request is left on the pooled thread for the next: what the
 * engine's statements learn of the request they serve ({@link TasklistCountCap}, {@link
 * PageTotals}) without the engine passing it on.
 */
final class ForEachRequest<T> extends OncePerRequestFilter {

  private final ThreadLocal<T> local;
  private final Supplier<T> value;

  private ForEachRequest(ThreadLocal<T> local, Supplier<T> value) {
    this.local = local;
    this.value = value;
  }

  /** The filter for {@code urlPatterns} (none: every request). */
  static <T> FilterRegistrationBean<OncePerRequestFilter> registered(
      ThreadLocal<T> local, Supplier<T> value, List<String> urlPatterns) {
    FilterRegistrationBean<OncePerRequestFilter> registration =
        new FilterRegistrationBean<>(new ForEachRequest<>(local, value));
    if (!urlPatterns.isEmpty()) {
      registration.setUrlPatterns(urlPatterns);
    }
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 20);
    return registration;
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response,
                                  FilterChain chain) throws ServletException, IOException {
    local.set(value.get());
    try {
      chain.doFilter(request, response);
    } finally {
      local.remove();
    }
  }
}
