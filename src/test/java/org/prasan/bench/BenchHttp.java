package org.prasan.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.concurrent.ConcurrentHashMap;
import java.util.Map;

/** HTTP as agency systems and the Tasklist speak it to a node: JSON, HTTP Basic per user. */
final class BenchHttp {

  static final ObjectMapper JSON = new ObjectMapper();
  private static final String PASSWORD = "demo";

  private final BenchNode node;
  private final HttpClient http = HttpClient.newBuilder()
      .connectTimeout(Duration.ofSeconds(5)).build();
  private final Map<String, String> authorizations = new ConcurrentHashMap<>();

  BenchHttp(BenchNode node) {
    this.node = node;
  }

  record Answer(int status, JsonNode body) {
    Answer expect(int expected, String what) {
      if (status != expected) {
        throw new IllegalStateException(what + ": " + status + " " + body);
      }
      return this;
    }
  }

  Answer get(String user, String path) throws IOException, InterruptedException {
    return send(request(user, path).GET());
  }

  Answer put(String user, String path) throws IOException, InterruptedException {
    return send(request(user, path).PUT(HttpRequest.BodyPublishers.noBody()));
  }

  Answer post(String user, String path, Object body) throws IOException, InterruptedException {
    return post(user, path, body, "application/json");
  }

  Answer post(String user, String path, Object body, String accept)
      throws IOException, InterruptedException {
    return send(request(user, path).header("Content-Type", "application/json")
        .header("Accept", accept)
        .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body))));
  }

  private HttpRequest.Builder request(String user, String path) {
    return HttpRequest.newBuilder(node.uri(path)).timeout(Duration.ofSeconds(120))
        .header("Authorization", authorizations.computeIfAbsent(user, name -> "Basic "
            + Base64.getEncoder().encodeToString((name + ":" + PASSWORD)
                .getBytes(StandardCharsets.UTF_8))));
  }

  private Answer send(HttpRequest.Builder request) throws IOException, InterruptedException {
    HttpResponse<String> response = http.send(request.build(),
        HttpResponse.BodyHandlers.ofString());
    String body = response.body();
    JsonNode json;
    try {
      json = body == null || body.isBlank() ? JSON.nullNode() : JSON.readTree(body);
    } catch (IOException notJson) {
      json = JSON.getNodeFactory().textNode(body);
    }
    return new Answer(response.statusCode(), json);
  }

  URI uri(String path) {
    return node.uri(path);
  }
}
