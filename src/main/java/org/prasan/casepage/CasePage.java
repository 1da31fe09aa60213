package org.prasan.casepage;

import org.prasan.casefile.CaseId;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * {@code /cases/{caseId}}: the case page, a static page under {@code static/cases/} that reads
 * {@code /api/cases/{caseId}/page} with the Camunda webapps' session (or logs in through their
 * login, as the dashboard does). The pattern keeps the page's own files ({@code case.js},
 * {@code case.css}) beside it under {@code /cases/}.
 */
@Controller
public class CasePage {

  @GetMapping("/cases/{caseId:" + CaseId.PATTERN + "}")
  public String page() {
    return "forward:/cases/index.html";
  }
}
