package org.prasan.cluster;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.UUID;

/**
 * What the node tests send to a node over HTTP, as one user (HTTP Basic): JSON in, status and
 * JSON out. A node that is down or dies mid-request throws {@link IOException}.
 */
final class NodeApi {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final HttpClient HTTP = HttpClient.newBuilder()
      .connectTimeout(Duration.ofSeconds(5)).build();

  private final String authorization;

  NodeApi(String user, String password) {
    this.authorization = "Basic " + Base64.getEncoder().encodeToString(
        (user + ":" + password).getBytes(StandardCharsets.UTF_8));
  }

  record Answer(int status, JsonNode body) {
  }

  Answer post(Node node, String path, Object body) throws IOException, InterruptedException {
    return send(request(node, path).header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body))));
  }

  Answer put(Node node, String path) throws IOException, InterruptedException {
    return send(request(node, path).PUT(HttpRequest.BodyPublishers.noBody()));
  }

  Answer get(Node node, String path) throws IOException, InterruptedException {
    return send(request(node, path).GET());
  }

  /** A multipart upload of files under one field name, as a browser form sends them. */
  Answer upload(Node node, String path, String field, List<Path> files)
      throws IOException, InterruptedException {
    String boundary = "prasan-" + UUID.randomUUID();
    List<byte[]> parts = new ArrayList<>();
    for (Path file : files) {
      parts.add(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + field
          + "\"; filename=\"" + file.getFileName() + "\"\r\n"
          + "Content-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
      parts.add(Files.readAllBytes(file));
      parts.add("\r\n".getBytes(StandardCharsets.UTF_8));
    }
    parts.add(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
    return send(request(node, path)
        .header("Content-Type", "multipart/form-data; boundary=" + boundary)
        .POST(HttpRequest.BodyPublishers.ofByteArrays(parts)));
  }

  private HttpRequest.Builder request(Node node, String path) {
    return HttpRequest.newBuilder(node.uri(path)).timeout(Duration.ofSeconds(60))
        .header("Authorization", authorization).header("Accept", "application/json");
  }

  private static Answer send(HttpRequest.Builder request)
      throws IOException, InterruptedException {
    HttpResponse<String> response = HTTP.send(request.build(),
        HttpResponse.BodyHandlers.ofString());
    return new Answer(response.statusCode(), parse(response.body()));
  }

  private static JsonNode parse(String body) {
    if (body == null || body.isBlank()) {
      return JSON.nullNode();
    }
    try {
      return JSON.readTree(body);
    } catch (IOException notJson) {
      return JSON.getNodeFactory().textNode(body);
    }
  }
}
