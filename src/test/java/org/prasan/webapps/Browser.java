package org.prasan.webapps;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Stream;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless chromium with a profile of its own and one preferred language, driven by
 * Debian's chromedriver. The binaries are given explicitly, so Selenium Manager never looks
 * for a driver or a browser outside this machine.
 */
final class Browser implements AutoCloseable {

  static final Path SCREENSHOTS = Path.of("target", "screenshots");

  private static final String CHROMIUM = System.getProperty("prasan.chromium", "/usr/bin/chromium");
  private static final String CHROMEDRIVER =
      System.getProperty("prasan.chromedriver", "/usr/bin/chromedriver");
  private static final Duration PATIENCE = Duration.ofSeconds(30);

  private final WebDriver driver;
  private final Path profile;

  private Browser(WebDriver driver, Path profile) {
    this.driver = driver;
    this.profile = profile;
  }

  /**
   * A browser whose user prefers {@code language} (a BCP 47 tag, e.g. {@code th-TH}); a Thai
   * one runs in Asia/Bangkok time, the others in this machine's zone.
   */
  static Browser preferring(String language) {
    Path profile = createProfile();
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM);
    options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
        "--no-first-run", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--disable-dev-shm-usage", "--window-size=1400,1000",
        "--user-data-dir=" + profile, "--lang=" + language);
    // --lang sets navigator.languages; the preference sets the Accept-Language header too.
    options.setExperimentalOption("prefs", Map.of("intl.accept_languages", language));
    ChromeDriverService.Builder driverService = new ChromeDriverService.Builder()
        .usingDriverExecutable(new File(CHROMEDRIVER));
    if (language.startsWith("th")) {
      // A Thai officer's computer keeps Thai time: form-js reads a typed time in the browser's
      // zone, and this machine's is UTC.
      driverService.withEnvironment(Map.of("TZ", "Asia/Bangkok"));
    }
    ChromeDriverService service = driverService.build();
    return new Browser(new ChromeDriver(service, options), profile);
  }

  WebDriver driver() {
    return driver;
  }

  WebDriverWait waiting() {
    return new WebDriverWait(driver, PATIENCE);
  }

  /** Saves what the browser shows as {@code target/screenshots/<name>.png}. */
  Path screenshot(String name) {
    try {
      Files.createDirectories(SCREENSHOTS);
      Path file = SCREENSHOTS.resolve(name + ".png");
      Files.write(file, ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void close() {
    try {
      driver.quit();
    } finally {
      deleteProfile();
    }
  }

  private static Path createProfile() {
    try {
      return Files.createTempDirectory("prasan-chromium-");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void deleteProfile() {
    try (Stream<Path> files = Files.walk(profile)) {
      files.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
    } catch (IOException e) {
      // A profile left in the temporary directory does no harm to the next test.
    }
  }
}
