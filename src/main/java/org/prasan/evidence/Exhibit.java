package org.prasan.evidence;

import java.time.Instant;

/** An exhibit as registered: where its file is, its hash, and the anchor of its custody chain. */
public record Exhibit(
    String exhibitId,
    String caseId,
    String description,
    Instant seizedAt,
    String seizedBy,
    String fileName,
    String contentType,
    long sizeBytes,
    String sha256,
    String storagePath,
    String registeredBy,
    Instant registeredAt,
    int custodyLength,
    String custodyHeadHash) {
}
