package org.prasan.cluster;

import com.fasterxml.jackson.databind.ObjectMapper;
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
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * One Prasan node in a JVM of its own, started from the packaged jar with the command of the
 * Docker image (the ENTRYPOINT of {@code docker/Dockerfile}, read from the file), so that a
 * kill is a real {@code kill -9} of a real node. Settings come from the environment, as in the
 * compose file. It listens on 127.0.0.1 only; its output goes to {@code target/node-logs}.
 */
final class Node {

  static final String IMAGE_JAR = "/app/prasan.jar";
  private static final Duration START_TIMEOUT = Duration.ofSeconds(180);

  private final String name;
  private final int port;
  private final Map<String, String> environment;
  private final HttpClient http = HttpClient.newBuilder()
      .connectTimeout(Duration.ofSeconds(5)).build();
  private Process process;
  private int starts;

  private Node(String name, int port, Map<String, String> environment) {
    this.name = name;
    this.port = port;
    this.environment = environment;
  }

  /** A node named {@code name} (PRASAN_NODE_NAME) on a free port of 18081-18089. */
  static Node named(String name, Map<String, String> environment, List<Node> others)
      throws IOException {
    Map<String, String> own = new LinkedHashMap<>(environment);
    own.put("PRASAN_NODE_NAME", name);
    return new Node(name, freePort(others), own);
  }

  String name() {
    return name;
  }

  URI uri(String path) {
    return URI.create("http://127.0.0.1:" + port + path);
  }

  boolean running() {
    return process != null && process.isAlive();
  }

  void start() throws IOException {
    starts++;
    ProcessBuilder builder = new ProcessBuilder(command())
        .redirectErrorStream(true)
        .redirectOutput(ProcessBuilder.Redirect.appendTo(logFile().toFile()));
    builder.environment().remove("PRASAN_DEMO");
    builder.environment().putAll(environment);
    builder.environment().put("SERVER_PORT", Integer.toString(port));
    builder.environment().put("SERVER_ADDRESS", "127.0.0.1");
    process = builder.start();
  }

  /** Waits for {@code /actuator/health} to answer UP; fails if the node exits first. */
  void awaitHealthy() throws IOException, InterruptedException {
    Instant giveUp = Instant.now().plus(START_TIMEOUT);
    while (Instant.now().isBefore(giveUp)) {
      if (!process.isAlive()) {
        throw new IllegalStateException(name + " exited with " + process.exitValue()
            + " while starting; see " + logFile());
      }
      if (healthy()) {
        return;
      }
      Thread.sleep(500);
    }
    throw new IllegalStateException(name + " not healthy after " + START_TIMEOUT + "; see "
        + logFile());
  }

  /** SIGKILL, as {@code kill -9}: no shutdown hook, no graceful stop, locks stay where they are. */
  void kill() throws InterruptedException {
    process.destroyForcibly();
    process.waitFor(30, TimeUnit.SECONDS);
  }

  /** SIGTERM: Spring's graceful shutdown. */
  void stop() throws InterruptedException {
    if (running()) {
      process.destroy();
      if (!process.waitFor(60, TimeUnit.SECONDS)) {
        kill();
      }
    }
  }

  private boolean healthy() throws InterruptedException {
    try {
      HttpResponse<String> health = http.send(HttpRequest.newBuilder(uri("/actuator/health"))
          .timeout(Duration.ofSeconds(5)).build(), HttpResponse.BodyHandlers.ofString());
      return health.statusCode() == 200 && health.body().contains("\"UP\"");
    } catch (IOException notYet) {
      return false;
    }
  }

  private List<String> command() throws IOException {
    List<String> command = new ArrayList<>();
    for (String part : imageEntrypoint()) {
      command.add(IMAGE_JAR.equals(part) ? jar().toString() : part);
    }
    if (!command.contains(jar().toString())) {
      throw new IllegalStateException("The Dockerfile's ENTRYPOINT names no " + IMAGE_JAR);
    }
    return command;
  }

  /** The JSON array after ENTRYPOINT in docker/Dockerfile. */
  static List<String> imageEntrypoint() throws IOException {
    Path dockerfile = Path.of(System.getProperty("prasan.it.dockerfile", "docker/Dockerfile"));
    String line = Files.readAllLines(dockerfile).stream()
        .filter(text -> text.startsWith("ENTRYPOINT "))
        .reduce((first, last) -> last)
        .orElseThrow(() -> new IllegalStateException(dockerfile + " has no ENTRYPOINT"));
    return Arrays.asList(new ObjectMapper().readValue(line.substring("ENTRYPOINT ".length()),
        String[].class));
  }

  private static Path jar() {
    return Path.of(System.getProperty("prasan.it.jar", "target/prasan-0.1.0-SNAPSHOT.jar"))
        .toAbsolutePath();
  }

  private Path logFile() throws IOException {
    Path logs = Path.of(System.getProperty("prasan.it.logs", "target/node-logs"));
    Files.createDirectories(logs);
    return logs.resolve(name + "-" + starts + ".log");
  }

  private static int freePort(List<Node> taken) throws IOException {
    for (int candidate = 18081; candidate <= 18089; candidate++) {
      int port = candidate;
      if (taken.stream().anyMatch(node -> node.port == port)) {
        continue;
      }
      try (ServerSocket probe = new ServerSocket(port, 1, InetAddress.getLoopbackAddress())) {
        return port;
      } catch (IOException inUse) {
        // try the next one
      }
    }
    throw new IOException("No free port in 18081-18089");
  }
}
