package org.prasan.claims;

import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.net.URI;
import org.prasan.system.PrintableText;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** DSI asks the Board of Special Cases to take a case. */
@RestController
@RequestMapping("/api/cases/{caseId}/special-case-requests")
@Validated
public class SpecialCaseController {

  private final SpecialCaseService specialCases;

  public SpecialCaseController(SpecialCaseService specialCases) {
    this.specialCases = specialCases;
  }

  @PostMapping(consumes = "application/json", produces = "application/json")
  @Operation(summary = "Request a case as a DSI special case",
      description = "By a DSI officer. 201 with the request, which waits for DSI to record the "
          + "Board's decision; 200 with the pending request when DSI asked already. 404 unknown "
          + "case, 403 caller not of DSI, 409 closed case or DSI already leading.")
  public ResponseEntity<SpecialCaseResponse> request(
      @PathVariable @Pattern(regexp = ClaimController.CASE_ID_PATTERN,
          message = "must look like TIP-2026-000123") String caseId,
      @Valid @RequestBody SpecialCaseBody body, Authentication caller) {
    CallerAgencies.requireOfficerOf(caller, DsiSpecialCaseProcess.DSI);
    SpecialCaseService.Requested requested = specialCases.request(caseId, body.grounds().strip(),
        caller.getName());
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
