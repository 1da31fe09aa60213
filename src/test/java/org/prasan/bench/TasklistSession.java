package org.prasan.bench;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * One officer's browser in the Tasklist: it logs in through the webapps' login form (the HTTP
 * session, kept by the node in the database), keeps its cookies and sends the session's XSRF
 * token back, as the Tasklist's scripts do, to the webapps' engine API
 * ({@code /camunda/api/engine/engine/default/...}). No HTTP Basic: the session is the login.
 * The node may change (a restart on another port): the cookies stay, as a browser's would
 * behind the same address.
 */
final class TasklistSession {

  static final String ENGINE = "/camunda/api/engine/engine/default";

  private final String user;
  private final CookieManager cookies = new CookieManager();
  private final HttpClient http = HttpClient.newBuilder().cookieHandler(cookies)
      .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(Duration.ofSeconds(5)).build();
  private volatile BenchNode node;

  TasklistSession(String user) {
    this.user = user;
  }

  String user() {
    return user;
  }

  void on(BenchNode node) {
    this.node = node;
  }

  /**
   * The login page's requests: the app (XSRF token), who is logged in, the form posted;
   * answers the form's answer (200 when logged in).
   */
  BenchHttp.Answer login(String password) throws IOException, InterruptedException {
    send(request("/camunda/app/tasklist/").GET());
    send(request("/camunda/api/admin/auth/user/default").GET());
    String form = "username=" + URLEncoder.encode(user, StandardCharsets.UTF_8)
        + "&password=" + URLEncoder.encode(password, StandardCharsets.UTF_8);
    return send(request("/camunda/api/admin/auth/user/default/login/tasklist")
        .header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString(form)));
  }

  BenchHttp.Answer get(String path) throws IOException, InterruptedException {
    return send(request(ENGINE + path).header("Accept", "application/json").GET());
  }

  BenchHttp.Answer post(String path, Object body, String accept)
      throws IOException, InterruptedException {
    return send(request(ENGINE + path).header("Content-Type", "application/json")
        .header("Accept", accept)
        .POST(HttpRequest.BodyPublishers.ofString(BenchHttp.JSON.writeValueAsString(body))));
  }

  private HttpRequest.Builder request(String path) {
    URI uri = node.uri(path);
    HttpRequest.Builder builder = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(120))
        .header("Origin", uri.getScheme() + "://" + uri.getRawAuthority());
    cookies.getCookieStore().getCookies().stream()
        .filter(cookie -> cookie.getName().equals("XSRF-TOKEN")).map(HttpCookie::getValue)
        .findFirst().ifPresent(token -> builder.header("X-XSRF-TOKEN", token));
    return builder;
  }

  private BenchHttp.Answer send(HttpRequest.Builder request)
      throws IOException, InterruptedException {
    HttpResponse<String> response = http.send(request.build(),
        HttpResponse.BodyHandlers.ofString());
    String body = response.body();
    JsonNode json;
    try {
      json = body == null || body.isBlank() ? BenchHttp.JSON.nullNode()
          : BenchHttp.JSON.readTree(body);
    } catch (IOException notJson) {
      json = BenchHttp.JSON.getNodeFactory().textNode(body.length() > 200
          ? body.substring(0, 200) : body);
    }
    return new BenchHttp.Answer(response.statusCode(), json);
  }
}
