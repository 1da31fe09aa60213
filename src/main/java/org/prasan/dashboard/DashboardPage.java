package org.prasan.dashboard;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * {@code /dashboard}: the static page under {@code static/dashboard/}, which reads its figures
 * from {@code /api/dashboard/sla} with the Camunda webapps' session (or logs in through their
 * login). The redirect gives the page a trailing slash, so its relative links (script, style,
 * API) resolve under it.
 */
@Controller
public class DashboardPage {

  @GetMapping("/dashboard")
  public String redirect() {
    return "redirect:/dashboard/";
  }

  @GetMapping("/dashboard/")
  public String page() {
    return "forward:/dashboard/index.html";
  }
}
