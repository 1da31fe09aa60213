package org.prasan.intake;

import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.List;
import org.prasan.agency.Actor;
import org.prasan.casefile.Access;
import org.prasan.casefile.AccessRule;
import org.prasan.casefile.CaseAccess;
import org.prasan.system.Bilingual;
import org.prasan.system.ConflictException;
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
  private final CaseAccess access;

  public TipController(IntakeService intake, CaseAccess access) {
    this.intake = intake;
    this.access = access;
  }

  @PostMapping(consumes = "application/json", produces = "application/json")
  @Access(AccessRule.SIGNED_IN)
  @Operation(summary = "Receive a tip-off",
      description = "201 with the new case; 200 with the existing case when the same source "
          + "and externalRef were received before (409 when the caller may not open that "
          + "case); 400 problem+json listing each invalid field. "
          + "overlapsWith lists the open cases the caller may open that share a (normalised) "
          + "identifier with the "
          + "tip's case; each pair gets one overlap review.")
  public ResponseEntity<TipResponse> receive(@Valid @RequestBody TipRequest tip,
                                             Actor officer) {
    TipAccepted accepted = intake.receive(tip, officer.userId());
    // No lookup oracle (issue 15, item 7): the caller learns only the cases it may open.
    TipResponse body = new TipResponse(accepted.caseId(), accepted.processInstanceId(),
        access.mayView(accepted.overlapsWith(), officer));
    if (!accepted.created()) {
      if (!access.mayView(accepted.caseId(), officer)) {
        throw new ConflictException(Bilingual.of(
            "ได้รับแจ้งเบาะแสจากแหล่งและเลขอ้างอิงนี้แล้ว โปรดติดต่อหน่วยงานคัดกรองของแหล่งนั้น",
            "A tip with this source and externalRef was received already; ask the source's "
                + "triage agency"));
      }
      return ResponseEntity.ok(body);
    }
    return ResponseEntity.created(URI.create("/api/cases/" + accepted.caseId())).body(body);
  }

  /** What a caller learns of the case a tip became, and the open cases it overlaps. */
  public record TipResponse(String caseId, String processInstanceId, List<String> overlapsWith) {
  }
}
