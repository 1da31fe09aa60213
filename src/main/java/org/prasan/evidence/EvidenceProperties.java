package org.prasan.evidence;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * The evidence store ({@code prasan.evidence}): the directory exhibits are written to (outside
 * the database, each file once), and the largest exhibit accepted.
 */
@ConfigurationProperties("prasan.evidence")
public record EvidenceProperties(Path storeDir, DataSize maxFileSize) {

  public EvidenceProperties {
    storeDir = storeDir == null ? Path.of("evidence-store") : storeDir;
    maxFileSize = maxFileSize == null ? DataSize.ofGigabytes(4) : maxFileSize;
  }
}
