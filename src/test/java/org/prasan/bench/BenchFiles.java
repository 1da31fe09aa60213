package org.prasan.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Where a bench run writes: {@code target/bench} (results, node logs, profiles). */
final class BenchFiles {

  private BenchFiles() {
  }

  static Path dir() throws IOException {
    Path dir = Path.of(System.getProperty("prasan.bench.dir", "target/bench")).toAbsolutePath();
    Files.createDirectories(dir);
    return dir;
  }
}
