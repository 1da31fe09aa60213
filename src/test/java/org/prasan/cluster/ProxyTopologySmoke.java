package org.prasan.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.prasan.MariaDbTestDatabase;
import org.prasan.WebappClient;
import org.prasan.intake.TipRequests;

/**
 * The topology of {@code docker/compose.yaml} without a container engine (issue 23): Debian's
 * nginx running {@code docker/nginx.conf} (its template filled in with this machine's ports),
 * two nodes from the packaged jar started with the image's command, one fresh MariaDB
 * database and one evidence directory shared by both nodes. Through the proxy a user opens the
 * Tasklist at its short URL (the redirect keeps the proxy's port) and logs in; requests of that
 * session reach both nodes; an exhibit uploaded through node 1 is verified through node 2, and
 * one of 12 MB (over nginx's old 10 MB cap) goes through the proxy; then node 1 is killed and
 * the user goes on working through the proxy with the same session cookie, claiming a task.
 * Run by {@code mvn verify -Psmoke} (.ci/run), after package.
 */
class ProxyTopologySmoke {

  private static final String RUN = UUID.randomUUID().toString().substring(0, 8);
  private static final String PASSWORD = "smoke-" + UUID.randomUUID();
  private static final String OFFICER = "smoke-officer";
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final HttpClient HTTP = HttpClient.newBuilder()
      .connectTimeout(Duration.ofSeconds(5)).build();

  static MariaDbTestDatabase database;
  static Node one;
  static Node two;
  static Process nginx;
  static Path work;
  static int proxyPort;

  @BeforeAll
  static void theTopology() throws Exception {
    work = Files.createDirectories(Path.of(System.getProperty("prasan.smoke.dir",
        "target/smoke")).toAbsolutePath().resolve(RUN));
    Path evidence = Files.createDirectories(work.resolve("evidence"));
    database = MariaDbTestDatabase.create("prasan_it_" + RUN.replace('-', '_') + "_smoke");
    Map<String, String> environment = new LinkedHashMap<>();
    environment.put("PRASAN_DB_URL", database.url());
    environment.put("PRASAN_DB_USER", "root");
    environment.put("PRASAN_DB_PASSWORD", "");
    environment.put("PRASAN_ADMIN_USER", "smoke-admin");
    environment.put("PRASAN_ADMIN_PASSWORD", PASSWORD);
    byte[] vaultKey = new byte[32];
    new java.security.SecureRandom().nextBytes(vaultKey);
    environment.put("PRASAN_VAULT_KEY", Base64.getEncoder().encodeToString(vaultKey));
    environment.put("PRASAN_VAULT_KEY_ID", "smoke-" + RUN);
    // One evidence store for both nodes, as compose's volume "evidence".
    environment.put("PRASAN_EVIDENCE_STOREDIR", evidence.toString());
    environment.put("JAVA_TOOL_OPTIONS", "-Xmx512m");
    one = Node.named("smoke-1", environment, List.of());
    two = Node.named("smoke-2", environment, List.of(one));
    // The first node alone on the empty database: it creates the schemas.
    one.start();
    one.awaitHealthy();
    two.start();
    two.awaitHealthy();
    createOfficer();
    nginx = startNginx();
  }

  @AfterAll
  static void stopAll() throws Exception {
    if (nginx != null) {
      nginx.destroy();
      nginx.waitFor(10, TimeUnit.SECONDS);
    }
    for (Node node : new Node[] {one, two}) {
      if (node != null) {
        node.stop();
      }
    }
    if (database != null) {
      database.drop();
    }
  }

  @Test
  void throughTheProxyAUserLogsInAtTheShortUrlUploadsAnExhibitAndKeepsTheSessionWhenANodeDies()
      throws Exception {
    URI proxy = URI.create("http://127.0.0.1:" + proxyPort);
    WebappClient browser = new WebappClient(proxy);

    // The short URL redirects to the engine's Tasklist on the proxy's port.
    HttpResponse<String> shortUrl = browser.get("/camunda/app/tasklist/");
    assertThat(shortUrl.statusCode()).isBetween(300, 399);
    URI target = proxy.resolve(shortUrl.headers().firstValue("Location").orElseThrow());
    assertThat(target.getPort()).as("redirect %s", target).isEqualTo(proxyPort);
    assertThat(target.getPath()).isEqualTo("/camunda/app/tasklist/default/");
    assertThat(browser.get(target.getPath()).statusCode()).isEqualTo(200);
    // Metrics and health are not passed on by the proxy.
    assertThat(browser.get("/actuator/prometheus").statusCode()).isEqualTo(404);

    HttpResponse<String> login = browser.login("tasklist", OFFICER, PASSWORD);
    assertThat(login.statusCode()).as(login.body()).isEqualTo(200);
    String session = browser.cookie("SESSION").orElseThrow();
    for (int request = 0; request < 4; request++) {
      assertThat(browser.get("/camunda/api/admin/auth/user/default").body())
          .contains("\"userId\":\"" + OFFICER + "\"");
    }
    assertThat(upstreamsOf("/camunda/api/admin/auth/user/default"))
        .as("the session's requests reached both nodes").containsExactlyInAnyOrder(
            one.uri("").getAuthority(), two.uri("").getAuthority());

    JsonNode tip = json(send(basic(proxy.resolve("/api/tips")).header("Content-Type",
            "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(
            TipRequests.aTip().build()))), 201));
    String caseId = tip.get("caseId").asText();

    // Through node 1, verified through node 2: one evidence store.
    String small = register(one.uri("/api/cases/" + caseId + "/evidence"), "seized phone dump",
        bytes(64 * 1024));
    assertIntact(two, small);
    // 12 MB through the proxy (nginx's old cap was 10 MB), read back by both nodes.
    String large = register(proxy.resolve("/api/cases/" + caseId + "/evidence"),
        "CCTV export", bytes(12 * 1024 * 1024));
    assertIntact(one, large);
    assertIntact(two, large);

    one.kill();

    for (int request = 0; request < 4; request++) {
      HttpResponse<String> me = browser.get("/camunda/api/admin/auth/user/default");
      assertThat(me.statusCode()).isEqualTo(200);
      assertThat(me.body()).contains("\"userId\":\"" + OFFICER + "\"");
    }
    JsonNode tasks = JSON.readTree(browser.get(
        "/camunda/api/engine/engine/default/task?processInstanceBusinessKey=" + caseId).body());
    String taskId = tasks.get(0).get("id").asText();
    HttpResponse<String> claim = browser.post("/camunda/api/engine/engine/default/task/"
        + taskId + "/claim", "{\"userId\":\"" + OFFICER + "\"}");
    assertThat(claim.statusCode()).as(claim.body()).isEqualTo(204);
    assertThat(browser.cookie("SESSION")).contains(session);
    System.out.printf("[smoke] proxy :%d, nodes %s and %s; node 1 killed, session kept, task "
        + "claimed through node 2%n", proxyPort, one.uri(""), two.uri(""));
  }

  private static String register(URI uri, String description, byte[] content)
      throws Exception {
    String boundary = "smoke-" + UUID.randomUUID();
    List<byte[]> parts = new ArrayList<>();
    parts.add(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"description\""
        + "\r\n\r\n" + description + "\r\n").getBytes(StandardCharsets.UTF_8));
    parts.add(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; "
        + "filename=\"exhibit.bin\"\r\nContent-Type: application/octet-stream\r\n\r\n")
        .getBytes(StandardCharsets.UTF_8));
    parts.add(content);
    parts.add(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
    JsonNode registered = json(send(basic(uri)
        .header("Content-Type", "multipart/form-data; boundary=" + boundary)
        .POST(HttpRequest.BodyPublishers.ofByteArrays(parts)), 201));
    return registered.get("exhibitId").asText();
  }

  private static void assertIntact(Node node, String exhibitId) throws Exception {
    JsonNode verified = json(send(basic(node.uri("/api/evidence/" + exhibitId + "/verify"))
        .GET(), 200));
    assertThat(verified.get("intact").asBoolean()).as("%s on %s", exhibitId, node.name())
        .isTrue();
    assertThat(verified.get("fileIntact").asBoolean()).as("%s on %s", exhibitId, node.name())
        .isTrue();
  }

  private static HttpRequest.Builder basic(URI uri) {
    return HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(60))
        .header("Accept", "application/json")
        .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
            (OFFICER + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8)));
  }

  private static HttpResponse<String> send(HttpRequest.Builder request, int expected)
      throws IOException, InterruptedException {
    HttpResponse<String> response = HTTP.send(request.build(),
        HttpResponse.BodyHandlers.ofString());
    assertThat(response.statusCode()).as("%s: %s", response.uri(), response.body())
        .isEqualTo(expected);
    return response;
  }

  private static JsonNode json(HttpResponse<String> response) throws IOException {
    return JSON.readTree(response.body());
  }

  private static byte[] bytes(int size) {
    byte[] content = new byte[size];
    new Random(size).nextBytes(content);
    return content;
  }

  /** The officer, in rtp-atpd, created by the administrator through /engine-rest. */
  private static void createOfficer() throws Exception {
    String admin = "Basic " + Base64.getEncoder().encodeToString(("smoke-admin:" + PASSWORD)
        .getBytes(StandardCharsets.UTF_8));
    Map<String, Object> user = Map.of("profile", Map.of("id", OFFICER, "firstName", "Smoke",
            "lastName", "Officer", "email", OFFICER + "@prasan.invalid"),
        "credentials", Map.of("password", PASSWORD));
    send(HttpRequest.newBuilder(one.uri("/engine-rest/user/create"))
        .header("Authorization", admin).header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(user))), 204);
    send(HttpRequest.newBuilder(two.uri("/engine-rest/group/rtp-atpd/members/" + OFFICER))
        .header("Authorization", admin).PUT(HttpRequest.BodyPublishers.noBody()), 204);
  }

  /** Debian's nginx with docker/nginx.conf, its template filled in, in the foreground. */
  private static Process startNginx() throws Exception {
    proxyPort = freePort();
    Path dir = Files.createDirectories(work.resolve("nginx"));
    String site = Files.readString(Path.of(System.getProperty("prasan.smoke.nginx-conf",
            "docker/nginx.conf")))
        .replace("${PRASAN_NODE_1}", one.uri("").getAuthority())
        .replace("${PRASAN_NODE_2}", two.uri("").getAuthority())
        .replace("${PRASAN_PROXY_LISTEN}", "127.0.0.1:" + proxyPort);
    assertThat(site).as("every ${...} of the template filled in").doesNotContain("${");
    Files.writeString(dir.resolve("prasan.conf"), site);
    Files.writeString(dir.resolve("nginx.conf"), """
        daemon off;
        master_process off;
        worker_processes 1;
        pid %1$s/nginx.pid;
        error_log %1$s/error.log warn;
        events { worker_connections 256; }
        http {
          include /etc/nginx/mime.types;
          log_format upstream '$request_uri $status $upstream_addr';
          access_log %1$s/access.log upstream;
          client_body_temp_path %1$s/client_body;
          proxy_temp_path %1$s/proxy;
          fastcgi_temp_path %1$s/fastcgi;
          uwsgi_temp_path %1$s/uwsgi;
          scgi_temp_path %1$s/scgi;
          include %1$s/prasan.conf;
        }
        """.formatted(dir));
    Process process = new ProcessBuilder(System.getProperty("prasan.smoke.nginx",
        "/usr/sbin/nginx"), "-p", dir.toString(), "-e", dir.resolve("error.log").toString(),
        "-c", dir.resolve("nginx.conf").toString())
        .redirectErrorStream(true)
        .redirectOutput(dir.resolve("nginx.out").toFile())
        .start();
    Instant giveUp = Instant.now().plusSeconds(20);
    while (Instant.now().isBefore(giveUp)) {
      if (!process.isAlive()) {
        throw new IllegalStateException("nginx exited: " + Files.readString(
            dir.resolve("nginx.out")) + Files.readString(dir.resolve("error.log")));
      }
      try {
        if (HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + proxyPort
            + "/nginx-health")).build(), HttpResponse.BodyHandlers.ofString())
            .statusCode() == 200) {
          return process;
        }
      } catch (IOException notYet) {
        // not listening yet
      }
      Thread.sleep(200);
    }
    throw new IllegalStateException("nginx did not answer on port " + proxyPort);
  }

  /** The nodes (host:port) nginx sent requests for this path to, from its access log. */
  private static List<String> upstreamsOf(String path) throws IOException {
    return Files.readAllLines(work.resolve("nginx").resolve("access.log")).stream()
        .filter(line -> line.startsWith(path + " "))
        .map(line -> line.substring(line.lastIndexOf(' ') + 1))
        .distinct()
        .toList();
  }

  private static int freePort() throws IOException {
    try (ServerSocket probe = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return probe.getLocalPort();
    }
  }
}
