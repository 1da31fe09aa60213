package org.prasan.webapps;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.AfterTestExecutionCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The browsers one test opens: each is photographed into {@code target/screenshots} when the
 * test fails (before anything closes it) and closed after the test.
 */
final class Browsers implements AfterTestExecutionCallback, AfterEachCallback {

  private final List<Browser> open = new ArrayList<>();

  Browser preferring(String language) {
    Browser browser = Browser.preferring(language);
    open.add(browser);
    return browser;
  }

  @Override
  public void afterTestExecution(ExtensionContext context) {
    if (context.getExecutionException().isEmpty()) {
      return;
    }
    String test = context.getRequiredTestClass().getSimpleName() + "-"
        + context.getRequiredTestMethod().getName();
    for (int i = 0; i < open.size(); i++) {
      try {
        System.err.println("Screenshot of the failed test: "
            + open.get(i).screenshot(test + "-failed-" + (i + 1)).toAbsolutePath());
      } catch (RuntimeException unavailable) {
        System.err.println("No screenshot of " + test + ": " + unavailable.getMessage());
      }
    }
  }

  @Override
  public void afterEach(ExtensionContext context) {
    open.forEach(Browser::close);
    open.clear();
  }
}
