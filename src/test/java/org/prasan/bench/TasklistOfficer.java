package org.prasan.bench;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * An officer in the Tasklist, as the browser talks to the node: the Tasklist's login form
 * ({@code POST /camunda/api/admin/auth/user/default/login/tasklist}), then the session cookie
 * and the webapps' XSRF token on every request to the webapps' engine API
 * ({@code /camunda/api/engine/engine/default/...}), as {@code WebappClient} does in the tests.
 */
final class TasklistOfficer {

  static final String ENGINE = "/camunda/api/engine/engine/default";

  private final BenchNode node;
  private final String userId;
  private final CookieManager cookies = new CookieManager();
  private final HttpClient http;

  TasklistOfficer(BenchNode node, String userId) {
    this.node = node;
    this.userId = userId;
    this.http = HttpClient.newBuilder().cookieHandler(cookies)
        .followRedirects(HttpClient.Redirect.NEVER)
        .connectTimeout(Duration.ofSeconds(5)).build();
  }

  String userId() {
    return userId;
  }

  /** The Tasklist's login page: the app hands out the XSRF token, the form is posted with it. */
  TasklistOfficer login(String password) throws IOException, InterruptedException {
    send(request("/camunda/app/tasklist/").GET());
    send(request("/camunda/api/admin/auth/user/default").GET());
    String form = "username=" + URLEncoder.encode(userId, StandardCharsets.UTF_8)
        + "&password=" + URLEncoder.encode(password, StandardCharsets.UTF_8);
    HttpResponse<String> login = send(request("/camunda/api/admin/auth/user/default/login/tasklist")
        .header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString(form)));
    if (login.statusCode() != 200) {
      throw new IllegalStateException(userId + " could not log in: " + login.statusCode());
    }
    // The login gave the session a new id; the Tasklist's next GET (who is signed in) brings
    // the XSRF token of the new session.
    send(request("/camunda/api/admin/auth/user/default").GET());
    return this;
  }

  JsonNode get(String path) throws IOException, InterruptedException {
    return json(expect(send(request(ENGINE + path).GET()), path));
  }

  /** A Tasklist request with a JSON body; answers the body (HAL for a list). */
  JsonNode post(String path, Object body, String accept) throws IOException, InterruptedException {
    return json(expect(send(request(ENGINE + path).header("Content-Type", "application/json")
        .header("Accept", accept)
        .POST(HttpRequest.BodyPublishers.ofString(BenchHttp.JSON.writeValueAsString(body)))),
        path));
  }

  private static HttpResponse<String> expect(HttpResponse<String> response, String what) {
    if (response.statusCode() / 100 != 2) {
      throw new IllegalStateException(what + ": " + response.statusCode() + " "
          + response.body());
    }
    return response;
  }

  private static JsonNode json(HttpResponse<String> response) throws IOException {
    String body = response.body();
    return body == null || body.isBlank() ? BenchHttp.JSON.nullNode()
        : BenchHttp.JSON.readTree(body);
  }

  private HttpResponse<String> send(HttpRequest.Builder request)
      throws IOException, InterruptedException {
    return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  private HttpRequest.Builder request(String path) {
    HttpRequest.Builder builder = HttpRequest.newBuilder(node.uri(path))
        .timeout(Duration.ofSeconds(120))
        .header("Origin", "http://" + node.uri("/").getRawAuthority());
    cookies.getCookieStore().getCookies().stream()
        .filter(cookie -> cookie.getName().equals("XSRF-TOKEN")).map(HttpCookie::getValue)
        .findFirst().ifPresent(token -> builder.header("X-XSRF-TOKEN", token));
    return builder;
  }
}
