package org.prasan.system;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.firewall.RequestRejectedHandler;
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
      write(response, HttpStatus.UNAUTHORIZED, Bilingual.of("ต้องเข้าสู่ระบบ",
          "Authentication required"), Bilingual.of(
              "โปรดส่งชื่อผู้ใช้และรหัสผ่านของบัญชี Prasan ของท่าน (HTTP Basic)",
              "Send the user and password of your Prasan account (HTTP Basic)"));
    };
  }

  AccessDeniedHandler forbidden() {
    return (request, response, exception) -> write(response, HttpStatus.FORBIDDEN,
        NotPermittedException.TITLE, Bilingual.of("กลุ่มของท่านไม่มีสิทธิ์ทำรายการนี้",
            "Your groups do not allow this request"));
  }

  /** A request the firewall refuses (a path written oddly, {@code /./}, {@code //}): 400. */
  RequestRejectedHandler rejected() {
    return (request, response, exception) -> write(response, HttpStatus.BAD_REQUEST,
        Bilingual.of("คำขอไม่ถูกต้อง", "Bad request"), Bilingual.of(
            "ที่อยู่ของคำขอเขียนไม่ถูกรูปแบบ", "The request's path is not written plainly"));
  }

  private void write(HttpServletResponse response, HttpStatus status, Bilingual title,
                     Bilingual detail) throws IOException {
    ProblemDetail problem = ApiProblems.problem(status, title, detail, List.of());
    response.setStatus(status.value());
    response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
    json.writeValue(response.getOutputStream(), problem);
  }
}
