package org.prasan.screening;

import java.time.Instant;
import java.util.List;

/** A listed person as the people list shows them: refs, band, flags and clocks, never a name. */
public record PersonView(String personRef, String listRef, String ageBand, boolean child,
                         String sex, String nationality, List<String> languages,
                         Instant holdEndsAt, boolean extended, String status, String outcome) {
}
