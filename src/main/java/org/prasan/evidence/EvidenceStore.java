package org.prasan.evidence;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * Exhibit files on disk. An upload streams through a SHA-256 digest into a file of its own
 * under {@code .incoming/} (a fixed buffer, never the whole file in memory); once the exhibit
 * is registered the file moves to {@code <case>/<exhibit>}, which must not exist yet, and is
 * made read-only: each exhibit is written once and never replaced.
 */
@Component
public class EvidenceStore {

  static final String INCOMING = ".incoming";
  private static final int BUFFER = 64 * 1024;

  private final Path root;

  public EvidenceStore(EvidenceProperties properties) {
    this.root = properties.storeDir().toAbsolutePath().normalize();
  }

  /** Streams the content to a new incoming file, hashing it on the way. */
  public Incoming receive(InputStream content) throws IOException {
    Path incoming = Files.createDirectories(root.resolve(INCOMING))
        .resolve(UUID.randomUUID().toString());
    MessageDigest digest = sha256();
    long size = 0;
    try (InputStream in = new DigestInputStream(content, digest);
         OutputStream out = Files.newOutputStream(incoming, StandardOpenOption.CREATE_NEW,
             StandardOpenOption.WRITE)) {
      byte[] buffer = new byte[BUFFER];
      for (int read = in.read(buffer); read != -1; read = in.read(buffer)) {
        out.write(buffer, 0, read);
        size += read;
      }
    } catch (IOException | RuntimeException failed) {
      Files.deleteIfExists(incoming);
      throw failed;
    }
    return new Incoming(incoming, HexFormat.of().formatHex(digest.digest()), size);
  }

  /** Moves an incoming file to its exhibit's place, once; answers the path relative to root. */
  public String keep(Incoming incoming, String caseId, String exhibitId) throws IOException {
    Path relative = Path.of(caseId, exhibitId);
    Path target = root.resolve(relative);
    Files.createDirectories(target.getParent());
    // No REPLACE_EXISTING: an exhibit's file is never overwritten.
    Files.move(incoming.file(), target);
    if (!target.toFile().setReadOnly()) {
      throw new IOException("Cannot make exhibit " + exhibitId + " read-only");
    }
    return relative.toString();
  }

  public void discard(Incoming incoming) {
    try {
      Files.deleteIfExists(incoming.file());
    } catch (IOException failed) {
      throw new UncheckedIOException(failed);
    }
  }

  public void discardKept(String storagePath) throws IOException {
    Path kept = root.resolve(storagePath);
    kept.toFile().setWritable(true);
    Files.deleteIfExists(kept);
  }

  /** The SHA-256 of a kept exhibit as it is on disk now, or null when the file is gone. */
  public String hashOf(String storagePath) {
    Path file = root.resolve(storagePath).normalize();
    if (!file.startsWith(root) || !Files.isRegularFile(file)) {
      return null;
    }
    MessageDigest digest = sha256();
    try (InputStream in = new DigestInputStream(Files.newInputStream(file), digest)) {
      in.transferTo(OutputStream.nullOutputStream());
    } catch (IOException unreadable) {
      return null;
    }
    return HexFormat.of().formatHex(digest.digest());
  }

  Path pathOf(String storagePath) {
    return root.resolve(storagePath);
  }

  static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException impossible) {
      throw new IllegalStateException(impossible);
    }
  }

  /** An upload streamed to disk and hashed, not yet an exhibit. */
  public record Incoming(Path file, String sha256, long size) {
  }
}
