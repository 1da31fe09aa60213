package org.prasan.screening;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import org.prasan.system.PrintableText;

/**
 * The body of {@code POST /api/screenings}: a handover received at a site (a province) from
 * an authority or armed group, at an instant; every s.29 hold without its own arrival starts
 * then.
 */
public record OperationRequest(
    @NotNull @Size(min = 3, max = 200) @PrintableText String name,
    @NotNull @Size(min = 2, max = 100) @PrintableText String site,
    @NotNull @PastOrPresent Instant receivedAt,
    @NotNull @Size(min = 2, max = 200) @PrintableText String handedOverBy,
    @Size(max = 64) @Pattern(regexp = "[a-z][a-z-]*", message = "{prasan.agencyId}")
    String leadAgency) {
}
