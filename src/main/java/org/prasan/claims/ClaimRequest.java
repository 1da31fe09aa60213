package org.prasan.claims;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.prasan.system.PrintableText;

/** The body of {@code POST /api/cases/{caseId}/claims}: which agency claims the lead, and why. */
public record ClaimRequest(
    @NotBlank @Size(max = 64) @Pattern(regexp = "[a-z][a-z-]*", message = "{prasan.agencyId}")
    String agency,
    @NotBlank @Size(min = 10, max = 2000) @PrintableText(multiline = true) String basis) {
}
