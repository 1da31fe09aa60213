package org.prasan.casepage;

import io.swagger.v3.oas.annotations.Operation;
import org.prasan.agency.Actor;
import org.prasan.casefile.Access;
import org.prasan.casefile.AccessRule;
import org.prasan.casefile.CaseId;
import org.prasan.system.Bilingual;
import org.prasan.system.NotFoundException;
import jakarta.servlet.http.HttpServletRequest;
import org.prasan.system.WebappSessionAuthenticationFilter;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /api/cases/{caseId}/page}: everything the case page shows, in one answer. */
@RestController
public class CasePageController {

  static final String CSRF_HEADER = "X-XSRF-TOKEN";

  private final CaseFiles files;

  public CasePageController(CaseFiles files) {
    this.files = files;
  }

  @GetMapping(path = "/api/cases/{caseId}/page", produces = "application/json")
  @Access(AccessRule.CASE_VIEW)
  @Operation(summary = "The case page's figures: stage, agencies, clocks, exhibits, victims "
      + "as references, each stage's findings and the history",
      description = "For coordinators and the agencies working on the case; 404 for anyone "
          + "else, as for an unknown case. Victims' identities only through the vault's "
          + "own endpoint.")
  public ResponseEntity<CaseFileView> page(@PathVariable CaseId caseId, Actor caller,
                                           HttpServletRequest request) {
    CaseFileView view = files.of(caseId.value(), caller).orElseThrow(() ->
        new NotFoundException(Bilingual.of("ไม่พบคดี " + caseId, "No case " + caseId)));
    // The page's changes need the webapps' CSRF token, which their filter gives out only once.
    ResponseEntity.BodyBuilder answer = ResponseEntity.ok();
    WebappSessionAuthenticationFilter.csrfTokenOf(request)
        .ifPresent(token -> answer.header(CSRF_HEADER, token));
    return answer.body(view);
  }
}
