package org.prasan.system;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Background work at a lower CPU priority than people's requests (issue 20): the job
 * executor's threads (a storm of thousands of clocks after an outage) and the threads that
 * start a stored list's processes run at a higher nice value than the web threads, so that
 * while both want the cores, Linux gives most of them to the officers' requests, and all of
 * them to the background when nobody is working. Java's thread priorities do nothing on Linux
 * (the JVM ignores them without root), but any thread may lower its own priority: each
 * background thread, before its first piece of work, sets its own nice value with
 * {@code renice} on its thread id ({@code /proc/thread-self}). Nothing changes where that is
 * not possible (another system, no {@code renice}): logged once.
 */
public final class BackgroundThreads {

  private static final Logger LOG = LoggerFactory.getLogger(BackgroundThreads.class);
  private static final ThreadLocal<Boolean> LOWERED = ThreadLocal.withInitial(() -> false);
  private static volatile boolean unavailable;

  private BackgroundThreads() {
  }

  /**
   * Lowers the calling thread's CPU priority to {@code nice} (1-19; 0 or less: nothing), once
   * per thread.
   */
  public static void lowerPriority(int nice) {
    if (nice <= 0 || unavailable || LOWERED.get()) {
      return;
    }
    LOWERED.set(true);
    try {
      Path self = Files.readSymbolicLink(Path.of("/proc/thread-self"));
      String threadId = self.getFileName().toString();
      Process renice = new ProcessBuilder("renice", "-n", String.valueOf(Math.min(nice, 19)),
          "-p", threadId).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD)
          .start();
      if (!renice.waitFor(5, TimeUnit.SECONDS) || renice.exitValue() != 0) {
        renice.destroy();
        throw new IllegalStateException("renice of thread " + threadId + " failed");
      }
    } catch (InterruptedException interrupted) {
      Thread.currentThread().interrupt();
    } catch (Exception | LinkageError notHere) {
      unavailable = true;
      LOG.warn("Background threads keep their CPU priority ({}): requests and background work"
          + " share the cores equally", notHere.toString());
    }
  }
}
