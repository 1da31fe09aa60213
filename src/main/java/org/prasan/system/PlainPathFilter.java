package org.prasan.system;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses, with 400 problem+json and before any security decision, a path that spells a plain
 * character in percent-encoding ({@code /%65ngine-rest/task}) or holds dot or empty segments
 * ({@code /./engine-rest/task}): no client needs them, and they answered 500 instead of 401
 * (issue 15, item 12), the second after passing the security chain unauthenticated.
 */
@Configuration
public class PlainPathFilter {

  private static final Pattern ENCODED = Pattern.compile("%([0-9A-Fa-f]{2})");

  @Bean
  FilterRegistrationBean<OncePerRequestFilter> plainPaths(ObjectMapper json) {
    FilterRegistrationBean<OncePerRequestFilter> registration =
        new FilterRegistrationBean<>(new Refusing(json));
    registration.setUrlPatterns(List.of("/*"));
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
    return registration;
  }

  /** Whether the raw path encodes a letter, digit or {@code -._~} that needs no encoding. */
  static boolean encodesPlainCharacter(String rawPath) {
    Matcher encoded = ENCODED.matcher(rawPath);
    while (encoded.find()) {
      char c = (char) Integer.parseInt(encoded.group(1), 16);
      if (Character.isLetterOrDigit(c) && c < 128 || "-._~/".indexOf(c) >= 0) {
        return true;
      }
    }
    return false;
  }

  /** No {@code .} or {@code ..} segment, no empty segment: the path as a client writes it. */
  static boolean normalized(String rawPath) {
    return !(rawPath.contains("/./") || rawPath.contains("/../") || rawPath.contains("//")
        || rawPath.endsWith("/.") || rawPath.endsWith("/.."));
  }

  static final class Refusing extends OncePerRequestFilter {

    private final ObjectMapper json;

    Refusing(ObjectMapper json) {
      this.json = json;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response,
                                    FilterChain chain) throws ServletException, IOException {
      String raw = request.getRequestURI();
      if (!encodesPlainCharacter(raw) && normalized(raw)) {
        chain.doFilter(request, response);
        return;
      }
      ProblemDetail problem = ApiProblems.problem(HttpStatus.BAD_REQUEST,
          Bilingual.of("คำขอไม่ถูกต้อง", "Bad request"),
          Bilingual.of("ที่อยู่ของคำขอเข้ารหัสอักษรธรรมดา", "The request's path encodes plain "
              + "characters"), List.of());
      response.setStatus(HttpStatus.BAD_REQUEST.value());
      response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
      json.writeValue(response.getOutputStream(), problem);
    }
  }
}
