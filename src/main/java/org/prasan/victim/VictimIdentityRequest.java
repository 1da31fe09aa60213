package org.prasan.victim;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Past;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.prasan.system.PrintableText;

/**
 * The body of {@code POST /api/cases/{caseId}/victims}: who the victim is. It goes into the
 * vault encrypted and is never copied into the process, a form or a log line.
 */
public record VictimIdentityRequest(
    @NotBlank @Size(max = 200) @PrintableText String fullName,
    @NotNull @Past LocalDate dateOfBirth,
    @NotNull @IsoCountry String nationality,
    @NotBlank @Size(max = 64) @Pattern(regexp = "[\\p{L}\\p{N} ./-]+",
        message = "{prasan.documentNumber}") String documentNumber,
    @Size(max = 500) @PrintableText(multiline = true) String contact,
    @Size(max = 500) @PrintableText(multiline = true) String guardian) {
}
