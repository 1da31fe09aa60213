package org.prasan;

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
import java.util.Optional;

/**
 * A browser's part in the Camunda webapps, over plain HTTP: it keeps cookies (the session and
 * the webapps' XSRF-TOKEN), follows no redirect (a test reads where it points), sends the
 * XSRF token back as the webapps' CSRF filter wants it and an Origin as a browser does.
 */
public final class WebappClient {

  private final URI base;
  private final CookieManager cookies = new CookieManager();
  private final HttpClient http;

  public WebappClient(URI base) {
    this.base = base;
    this.http = HttpClient.newBuilder().cookieHandler(cookies)
        .followRedirects(HttpClient.Redirect.NEVER)
        .connectTimeout(Duration.ofSeconds(5)).build();
  }

  public URI base() {
    return base;
  }

  public HttpResponse<String> get(String path) throws IOException, InterruptedException {
    return http.send(request(path).GET().build(), HttpResponse.BodyHandlers.ofString());
  }

  /** A JSON request of the webapps' own API, with the session's XSRF token. */
  public HttpResponse<String> post(String path, String json)
      throws IOException, InterruptedException {
    return http.send(request(path).header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(json)).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  /** A DELETE with the session's XSRF token, as the webapps' own scripts send it. */
  public HttpResponse<String> delete(String path) throws IOException, InterruptedException {
    return http.send(request(path).DELETE().build(), HttpResponse.BodyHandlers.ofString());
  }

  /** The same with the session cookie alone, as a forged cross-site request would send it. */
  public HttpResponse<String> deleteWithoutToken(String path)
      throws IOException, InterruptedException {
    return http.send(HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(30))
        .DELETE().build(), HttpResponse.BodyHandlers.ofString());
  }

  /** The same with the session cookie alone, as a forged cross-site form would send it. */
  public HttpResponse<String> postWithoutToken(String path, String json)
      throws IOException, InterruptedException {
    HttpRequest.Builder builder = HttpRequest.newBuilder(base.resolve(path))
        .timeout(Duration.ofSeconds(30)).header("Content-Type", "application/json");
    return http.send(builder.POST(HttpRequest.BodyPublishers.ofString(json)).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  /**
   * Logs into one webapp as its login page does: a GET of the app hands out the XSRF token,
   * then the form is posted with it. Answers the login's response (200 on success).
   */
  public HttpResponse<String> login(String app, String user, String password)
      throws IOException, InterruptedException {
    get("/camunda/app/" + app + "/");
    get("/camunda/api/admin/auth/user/default");
    String form = "username=" + URLEncoder.encode(user, StandardCharsets.UTF_8)
        + "&password=" + URLEncoder.encode(password, StandardCharsets.UTF_8);
    return http.send(request("/camunda/api/admin/auth/user/default/login/" + app)
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(form)).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  public Optional<String> cookie(String name) {
    return cookies.getCookieStore().getCookies().stream()
        .filter(cookie -> cookie.getName().equals(name))
        .map(HttpCookie::getValue)
        .findFirst();
  }

  private HttpRequest.Builder request(String path) {
    HttpRequest.Builder builder = HttpRequest.newBuilder(base.resolve(path))
        .timeout(Duration.ofSeconds(30))
        .header("Origin", base.getScheme() + "://" + base.getRawAuthority());
    cookie("XSRF-TOKEN").ifPresent(token -> builder.header("X-XSRF-TOKEN", token));
    return builder;
  }
}
