package org.prasan.victim;

import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
import java.net.URI;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** The victim vault's API: identities in, pseudonymous references out. */
@RestController
@Validated
public class VictimController {

  private static final Logger LOG = LoggerFactory.getLogger(VictimController.class);

  static final String CASE_ID_PATTERN = "TIP-\\d{4}-\\d{6}";

  private final VictimVault vault;

  public VictimController(VictimVault vault) {
    this.vault = vault;
  }

  @PostMapping(path = "/api/cases/{caseId}/victims", consumes = "application/json",
      produces = "application/json")
  @Operation(summary = "Record a victim's identity in the vault",
      description = "By msdhs, mdt, oag-tip or the case's lead agency. 201 with the victim's "
          + "pseudonymous victimRef, which is all the process learns (with the age band and "
          + "the child and foreign flags). 404 unknown case, 403 caller not allowed, 409 closed "
          + "case, 400 invalid fields. Audited.")
  public ResponseEntity<Map<String, String>> record(
      @PathVariable @Pattern(regexp = CASE_ID_PATTERN, message = "must look like TIP-2026-000123")
      String caseId,
      @Valid @RequestBody VictimIdentityRequest request, Authentication caller) {
    String victimRef = vault.record(caseId, request, caller);
    return ResponseEntity.created(URI.create("/api/victims/" + victimRef))
        .cacheControl(CacheControl.noStore())
        .body(Map.of("victimRef", victimRef));
  }

  @GetMapping(path = "/api/victims/{victimRef}", produces = "application/json")
  @Operation(summary = "Read a victim's identity",
      description = "Only for msdhs, mdt, oag-tip and the case's lead agency; 403 for everyone "
          + "else (coordinators and administrators included). Audited.")
  public ResponseEntity<VictimIdentity> read(
      @PathVariable @Pattern(regexp = VictimRefs.PATTERN,
          message = "must look like VR-7K3Q-9XMP-2ZTA-H4EC") String victimRef,
      Authentication caller) {
    return ResponseEntity.ok().cacheControl(CacheControl.noStore())
        .body(vault.read(victimRef, caller));
  }

  @ExceptionHandler(VaultIntegrityException.class)
  ProblemDetail damaged(VaultIntegrityException damaged) {
    LOG.error("Victim vault: {}", damaged.getMessage());
    ProblemDetail problem = ProblemDetail.forStatus(HttpStatus.INTERNAL_SERVER_ERROR);
    problem.setTitle("The vault record cannot be read");
    problem.setDetail("It was changed, or its key is not loaded; an administrator must check "
        + "the vault's keys");
    return problem;
  }

  @PostMapping(path = "/api/vault/rekey", produces = "application/json")
  @PreAuthorize("hasAuthority('camunda-admin')")
  @Operation(summary = "Re-encrypt every vault record under the active key (after a rotation)",
      description = "For administrators; they never see an identity. Answers how many moved.")
  public Map<String, Integer> rekey(Authentication caller) {
    return Map.of("rekeyed", vault.rekey(caller.getName()));
  }
}
