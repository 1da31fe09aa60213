package org.prasan.bench;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Prasan as production runs it: the packaged jar in a JVM of its own ({@code java -Xmx1g -jar},
 * the README's start command), settings from the environment, on a free port of 127.0.0.1.
 * Knows its start-up time (launch to {@code /actuator/health} UP) and its resident memory.
 * With {@code -Dprasan.bench.jfr=true} each node records a JFR profile next to its log.
 */
final class BenchNode {

  /** {@code -Dprasan.bench.start-timeout-s}: a machine loaded by others starts nodes slowly. */
  private static final Duration START_TIMEOUT = Duration.ofSeconds(
      Integer.getInteger("prasan.bench.start-timeout-s", 240));

  private final String name;
  private final Map<String, String> environment;
  private final Path workDir;
  private final int port;
  private final HttpClient http = HttpClient.newBuilder()
      .connectTimeout(Duration.ofSeconds(5)).build();
  private String maxHeap = "1g";
  private Process process;
  private long launched;

  BenchNode(String name, Map<String, String> environment) throws IOException {
    this.name = name;
    this.environment = new LinkedHashMap<>(environment);
    this.workDir = BenchFiles.dir().resolve("work").resolve(name);
    if (Files.exists(workDir)) {
      try (var old = Files.walk(workDir)) {
        old.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
      }
    }
    Files.createDirectories(workDir);
    this.port = freePort();
  }

  /** Another {@code -Xmx} than the README's 1g, e.g. {@code 384m}; before {@link #start}. */
  BenchNode withMaxHeap(String maxHeap) {
    this.maxHeap = maxHeap;
    return this;
  }

  URI uri(String path) {
    return URI.create("http://127.0.0.1:" + port + path);
  }

  /**
   * Starts the jar and waits until officers can work (health UP, their filter there); answers
   * the seconds from launch.
   */
  double start(String... arguments) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of("java", "-Xmx" + maxHeap));
    for (String option : System.getProperty("prasan.bench.node.jvm", "").split(" ")) {
      if (!option.isBlank()) {
        command.add(option);
      }
    }
    if (Boolean.getBoolean("prasan.bench.jfr")) {
      // JFR keeps 64 frames by default: a request's stack is deeper, and its command is lost
      command.add("-XX:FlightRecorderOptions:stackdepth=1024");
      command.add("-XX:StartFlightRecording=filename="
          + BenchFiles.dir().resolve(name + ".jfr").toAbsolutePath() + ",settings=profile"
          // e.g. -Dprasan.bench.jfr.events=jdk.SocketRead#threshold=0ms: every round trip
          + System.getProperty("prasan.bench.jfr.events", "").transform(
              events -> events.isEmpty() ? "" : "," + events));
    }
    command.add("-jar");
    command.add(jar().toString());
    command.addAll(List.of(arguments));
    ProcessBuilder builder = new ProcessBuilder(command)
        .directory(workDir.toFile())
        .redirectErrorStream(true)
        .redirectOutput(ProcessBuilder.Redirect.to(
            BenchFiles.dir().resolve(name + ".log").toFile()));
    builder.environment().keySet().removeIf(key -> key.startsWith("PRASAN_")
        || key.startsWith("SPRING_") || key.startsWith("CAMUNDA_"));
    builder.environment().putAll(environment);
    builder.environment().put("SERVER_PORT", Integer.toString(port));
    builder.environment().put("SERVER_ADDRESS", "127.0.0.1");
    launched = System.nanoTime();
    process = builder.start();
    awaitHealthy();
    awaitOfficers();
    return (System.nanoTime() - launched) / 1e9;
  }

  /**
   * Health is UP once the web server listens; the start-up work after it (agency groups, demo
   * officers, Tasklist filters) is done when an officer finds the agency filter.
   */
  private void awaitOfficers() throws IOException, InterruptedException {
    BenchHttp officer = new BenchHttp(this);
    long giveUp = System.nanoTime() + START_TIMEOUT.toNanos();
    while (System.nanoTime() < giveUp) {
      BenchHttp.Answer filters = officer.get("rtp-atpd.officer",
          "/engine-rest/filter?nameLike=%25%2F%20My%20agency"); // names are "Thai / English"
      if (filters.status() == 200 && filters.body().size() == 1) {
        return;
      }
      Thread.sleep(100);
    }
    throw new IllegalStateException(name + ": no officer filter after " + START_TIMEOUT);
  }

  /** Resident set size of the node's JVM now (VmRSS), in MiB. */
  double rssMb() throws IOException {
    for (String line : Files.readAllLines(Path.of("/proc/" + process.pid() + "/status"))) {
      if (line.startsWith("VmRSS:")) {
        return Long.parseLong(line.replaceAll("\\D", "")) / 1024.0;
      }
    }
    throw new IllegalStateException("No VmRSS for " + name);
  }

  /**
   * CPU seconds the node's JVM has used so far (user and system, {@code /proc/<pid>/stat}):
   * on a shared machine, a figure of the node's own work that other processes move less than
   * the wall clock.
   */
  double cpuSeconds() throws IOException {
    String stat = Files.readString(Path.of("/proc/" + process.pid() + "/stat"));
    String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
    // utime and stime are fields 14 and 15 of stat, 12 and 13 after the command; 100 ticks/s.
    return (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) / 100.0;
  }

  /** SIGTERM and wait: Spring's graceful shutdown (the JFR recording is written then). */
  void stop() throws InterruptedException {
    if (process != null && process.isAlive()) {
      process.destroy();
      if (!process.waitFor(90, TimeUnit.SECONDS)) {
        process.destroyForcibly();
        process.waitFor(30, TimeUnit.SECONDS);
      }
    }
  }

  private void awaitHealthy() throws IOException, InterruptedException {
    long giveUp = System.nanoTime() + START_TIMEOUT.toNanos();
    while (System.nanoTime() < giveUp) {
      if (!process.isAlive()) {
        throw new IllegalStateException(name + " exited with " + process.exitValue()
            + " while starting; see " + BenchFiles.dir().resolve(name + ".log"));
      }
      try {
        HttpResponse<String> health = http.send(HttpRequest.newBuilder(uri("/actuator/health"))
            .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.ofString());
        if (health.statusCode() == 200 && health.body().contains("\"UP\"")) {
          return;
        }
      } catch (IOException notYet) {
        // still starting
      }
      Thread.sleep(100);
    }
    throw new IllegalStateException(name + " not healthy after " + START_TIMEOUT);
  }

  private static Path jar() {
    return Path.of(System.getProperty("prasan.bench.jar", "target/prasan-0.1.0-SNAPSHOT.jar"))
        .toAbsolutePath();
  }

  private static int freePort() throws IOException {
    try (ServerSocket probe = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return probe.getLocalPort();
    }
  }
}
