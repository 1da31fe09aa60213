package org.prasan.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.servlet.ServletException;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.web.filter.OncePerRequestFilter;

class ForEachRequestTest {

  private static final ThreadLocal<String> LOCAL = new ThreadLocal<>();

  @Test
  void theValueIsTheRequestsAloneAndGoneWhenItEnds() throws Exception {
    OncePerRequestFilter filter = ForEachRequest.registered(LOCAL, () -> "this request's",
        List.of()).getFilter();
    AtomicReference<String> seen = new AtomicReference<>();

    filter.doFilter(new MockHttpServletRequest(), new MockHttpServletResponse(),
        new MockFilterChain(new jakarta.servlet.http.HttpServlet() {
          @Override
          protected void service(jakarta.servlet.http.HttpServletRequest request,
                                 jakarta.servlet.http.HttpServletResponse response) {
            seen.set(LOCAL.get());
          }
        }));

    assertThat(seen.get()).isEqualTo("this request's");
    assertThat(LOCAL.get()).isNull();
  }

  @Test
  void aFailedRequestLeavesNothingOnTheThread() {
    OncePerRequestFilter filter = ForEachRequest.registered(LOCAL, () -> "failing",
        List.of("/camunda/api/engine/*")).getFilter();

    assertThatThrownBy(() -> filter.doFilter(new MockHttpServletRequest(),
        new MockHttpServletResponse(), (request, response) -> {
          throw new ServletException("failed");
        })).isInstanceOf(ServletException.class);
    assertThat(LOCAL.get()).isNull();
  }
}
