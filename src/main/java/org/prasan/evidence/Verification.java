package org.prasan.evidence;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * What {@code GET /api/evidence/{exhibitId}/verify} finds: intact when every custody entry
 * links to the one before, none is missing, and the file on disk still has the registered
 * hash. {@code firstBrokenAt} is the position of the first missing or edited entry.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Verification(String exhibitId, boolean intact, int entries, Integer firstBrokenAt,
                           boolean fileIntact, String sha256, String holder) {
}
