package org.prasan.claims;

import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.net.URI;
import org.prasan.agency.Actor;
import org.prasan.casefile.Access;
import org.prasan.casefile.AccessRule;
import org.prasan.casefile.CaseId;
import org.prasan.system.Bilingual;
import org.prasan.system.NotPermittedException;
import org.prasan.system.PrintableText;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** DSI asks the Board of Special Cases to take a case. */
@RestController
@RequestMapping("/api/cases/{caseId}/special-case-requests")
public class SpecialCaseController {

  private final SpecialCaseService specialCases;

  public SpecialCaseController(SpecialCaseService specialCases) {
    this.specialCases = specialCases;
  }

  @PostMapping(consumes = "application/json", produces = "application/json")
  @Access(AccessRule.CASE_CLAIM)
  @Operation(summary = "Request a case as a DSI special case",
      description = "By a DSI officer. 201 with the request, which waits for DSI to record the "
          + "Board's decision; 200 with the pending request when DSI asked already. 404 unknown "
          + "case, 403 caller not of DSI, 409 closed case or DSI already leading.")
  public ResponseEntity<SpecialCaseResponse> request(
      @PathVariable CaseId caseId, @Valid @RequestBody SpecialCaseBody body, Actor caller) {
    if (!caller.speaksFor(DsiSpecialCaseProcess.DSI)) {
      throw new NotPermittedException(Bilingual.of(
          "คำขอคดีพิเศษทำได้เฉพาะเจ้าหน้าที่ของ " + DsiSpecialCaseProcess.DSI,
          "Only officers of " + DsiSpecialCaseProcess.DSI + " request a special case"));
    }
    SpecialCaseService.Requested requested = specialCases.request(caseId.value(),
        body.grounds().strip(), caller.userId());
    SpecialCaseRequest request = requested.request();
    SpecialCaseResponse response = new SpecialCaseResponse(request.id(), request.caseId(),
        request.status(), request.processInstanceId());
    if (!requested.created()) {
      return ResponseEntity.ok(response);
    }
    return ResponseEntity.created(URI.create("/api/cases/" + caseId
        + "/special-case-requests/" + request.id())).body(response);
  }

  /** Why the case needs DSI: complex, transnational or organised. */
  public record SpecialCaseBody(
      @NotBlank @Size(min = 10, max = 4000) @PrintableText(multiline = true) String grounds) {
  }

  /** What DSI learns of its request. */
  public record SpecialCaseResponse(long requestId, String caseId, String status,
                                    String processInstanceId) {
  }
}
