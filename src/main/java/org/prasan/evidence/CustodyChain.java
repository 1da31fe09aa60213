package org.prasan.evidence;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;

/**
 * The hash chain of custody. Each entry's hash is SHA-256 over its fields, the previous
 * entry's hash and the exhibit's content hash, each field length-prefixed so no two entries
 * share a text. The exhibit row holds the chain's length and last hash, so a deleted last
 * entry is caught as surely as an edited or deleted one inside the chain.
 */
final class CustodyChain {

  static final String GENESIS = "0".repeat(64);
  static final String VERSION = "prasan-custody-v1";

  private CustodyChain() {
  }

  static String hashOf(String exhibitId, int seq, String action, String fromAgency,
                       String toAgency, String purpose, String recordedBy, Instant recordedAt,
                       String contentSha256, String prevHash) {
    StringBuilder text = new StringBuilder();
    for (String field : new String[] {VERSION, exhibitId, Integer.toString(seq), action,
        fromAgency == null ? "" : fromAgency, toAgency, purpose, recordedBy,
        recordedAt.toString(), contentSha256, prevHash}) {
      text.append(field.length()).append(':').append(field).append(';');
    }
    return HexFormat.of().formatHex(EvidenceStore.sha256()
        .digest(text.toString().getBytes(StandardCharsets.UTF_8)));
  }

  static String hashOf(CustodyEntry entry) {
    return hashOf(entry.exhibitId(), entry.seq(), entry.action(), entry.fromAgency(),
        entry.toAgency(), entry.purpose(), entry.recordedBy(), entry.recordedAt(),
        entry.contentSha256(), entry.prevHash());
  }

  /**
   * The position (seq) of the first entry that is missing, edited or out of the chain, or
   * null when every entry links to the one before and the last one is the exhibit's anchor.
   */
  static Integer firstBroken(Exhibit exhibit, List<CustodyEntry> entries) {
    String previous = GENESIS;
    int expected = 1;
    for (CustodyEntry entry : entries) {
      if (entry.seq() != expected) {
        return expected;
      }
      if (!entry.prevHash().equals(previous) || !entry.contentSha256().equals(exhibit.sha256())
          || !hashOf(entry).equals(entry.entryHash())) {
        return entry.seq();
      }
      previous = entry.entryHash();
      expected++;
    }
    if (entries.size() != exhibit.custodyLength() || !previous.equals(exhibit.custodyHeadHash())) {
      return Math.min(entries.size(), exhibit.custodyLength()) + 1;
    }
    return null;
  }
}
