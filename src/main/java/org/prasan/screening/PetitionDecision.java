package org.prasan.screening;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import org.prasan.system.PrintableText;

/** The court's order on an extension petition: granted until an instant, or refused. */
public record PetitionDecision(@NotNull Boolean granted, Instant until,
                               @NotNull @Size(min = 1, max = 100) @PrintableText
                               String courtOrderRef) {
}
