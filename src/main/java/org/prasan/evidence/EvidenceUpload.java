package org.prasan.evidence;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import org.prasan.system.PrintableText;

/**
 * The fields of {@code POST /api/cases/{caseId}/evidence} besides the file itself.
 * {@code holderAgency} is needed only when the caller works on the case for several agencies.
 */
public record EvidenceUpload(
    @NotBlank @Size(min = 3, max = 2000) @PrintableText(multiline = true) String description,
    @PastOrPresent Instant seizedAt,
    @Size(max = 255) @PrintableText String seizedBy,
    @Size(max = 64) @PrintableText String holderAgency,
    @NotBlank(message = "{prasan.fileName.required}") @Size(max = 255)
    @Pattern(regexp = "[^/\\\\]+", message = "{prasan.fileName.notAPath}")
    @PrintableText String fileName,
    @Size(max = 255) @PrintableText String contentType) {
}
