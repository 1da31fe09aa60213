package org.prasan.evidence;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.prasan.system.PrintableText;

/** The body of {@code POST /api/evidence/{exhibitId}/custody}: who receives it, and why. */
public record CustodyTransfer(
    @NotBlank @Size(max = 64) @Pattern(regexp = "[a-z0-9-]+", message = "{prasan.agencyId}")
    String toAgency,
    @NotBlank @Size(min = 3, max = 500) @PrintableText(multiline = true) String purpose) {
}
