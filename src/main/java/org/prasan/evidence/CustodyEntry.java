package org.prasan.evidence;

import java.time.Instant;

/** One entry of an exhibit's chain of custody, as stored. */
public record CustodyEntry(
    String exhibitId,
    int seq,
    String action,
    String fromAgency,
    String toAgency,
    String purpose,
    String recordedBy,
    Instant recordedAt,
    String contentSha256,
    String prevHash,
    String entryHash) {

  public static final String REGISTERED = "REGISTERED";
  public static final String TRANSFERRED = "TRANSFERRED";
}
