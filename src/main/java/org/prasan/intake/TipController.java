package org.prasan.intake;

import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;
import java.net.URI;
import java.security.Principal;
import java.util.List;
import org.prasan.casefile.Access;
import org.prasan.casefile.AccessRule;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Tip intake for officers and agency systems. */
@RestController
@RequestMapping("/api/tips")
public class TipController {

  private final IntakeService intake;

  public TipController(IntakeService intake) {
    this.intake = intake;
  }

  @PostMapping(consumes = "application/json", produces = "application/json")
  @Access(AccessRule.SIGNED_IN)
  @Operation(summary = "Receive a tip-off",
      description = "201 with the new case; 200 with the existing case when the same source "
          + "and externalRef were received before; 400 problem+json listing each invalid field. "
          + "overlapsWith lists the open cases that share a (normalised) identifier with the "
          + "tip's case; each pair gets one overlap review.")
  public ResponseEntity<TipResponse> receive(@Valid @RequestBody TipRequest tip,
                                             Principal officer) {
    TipAccepted accepted = intake.receive(tip, officer.getName());
    TipResponse body = new TipResponse(accepted.caseId(), accepted.processInstanceId(),
        accepted.overlapsWith());
    if (!accepted.created()) {
      return ResponseEntity.ok(body);
    }
    return ResponseEntity.created(URI.create("/api/cases/" + accepted.caseId())).body(body);
  }

  /** What a caller learns of the case a tip became, and the open cases it overlaps. */
  public record TipResponse(String caseId, String processInstanceId, List<String> overlapsWith) {
  }
}
