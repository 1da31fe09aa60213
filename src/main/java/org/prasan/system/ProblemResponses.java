package org.prasan.system;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.stereotype.Component;

/**
 * The security chain's own answers, 401 (no or wrong credentials) and 403 (authenticated, not
 * allowed), as {@code application/problem+json} like every other refusal of the API.
 */
@Component
public class ProblemResponses {

  static final String REALM = "Prasan";
  private static final String XHR = "XMLHttpRequest";

  private final ObjectMapper json;

  public ProblemResponses(ObjectMapper json) {
    this.json = json;
  }

  AuthenticationEntryPoint unauthenticated() {
    return (request, response, exception) -> {
      // A page's script (the dashboard) asks for no Basic challenge: the browser would answer
      // it with its own password dialog instead of letting the page show its login.
      if (!XHR.equals(request.getHeader("X-Requested-With"))) {
        response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"" + REALM + "\"");
      }
      write(response, HttpStatus.UNAUTHORIZED, "Authentication required",
          "Send the user and password of your Prasan account (HTTP Basic)");
    };
  }

  AccessDeniedHandler forbidden() {
    return (request, response, exception) -> write(response, HttpStatus.FORBIDDEN,
        "Not allowed", "Your groups do not allow this request");
  }

  private void write(HttpServletResponse response, HttpStatus status, String title,
                     String detail) throws IOException {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
    problem.setTitle(title);
    response.setStatus(status.value());
    response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
    json.writeValue(response.getOutputStream(), problem);
  }
}
