package org.prasan.victim;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import org.prasan.system.PrintableText;

/**
 * The body of {@code POST /api/cases/{caseId}/receptions}: persons were received into care
 * (รับตัวไว้) for identification under Anti-TIP Act s.29, at {@code receivedIntoCareAt}.
 *
 * @param agency              the receiving agency, one the caller works for
 * @param lateRecordingReason why the reception is recorded only now, when it is late
 */
public record ReceptionRequest(
    @NotBlank @Size(max = 64) String agency,
    @NotNull @PastOrPresent Instant receivedIntoCareAt,
    @NotNull @Min(1) @Max(10000) Integer persons,
    @Size(max = 2000) @PrintableText(multiline = true) String lateRecordingReason) {
}
