package org.prasan.webapps;

import static org.openqa.selenium.support.ui.ExpectedConditions.visibilityOfElementLocated;

import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * The login form every Camunda webapp shows first, and the one of Prasan's own pages
 * (common/page.js) for the same account; demo users' password is {@code demo}.
 */
final class LoginForm {

  static final By USERNAME = By.cssSelector("form[name='signinForm'] input[ng-model='username']");
  static final By PASSWORD = By.cssSelector("form[name='signinForm'] input[ng-model='password']");
  static final By LOG_IN = By.cssSelector("form[name='signinForm'] button[type='submit']");
  static final By OUR_USERNAME = By.id("username");

  private LoginForm() {
  }

  static void awaitIn(Browser browser) {
    browser.waiting().until(visibilityOfElementLocated(USERNAME));
  }

  static void logIn(Browser browser, String user) {
    // The webapps' form moves the focus to its username field once Angular has rendered it:
    // keys sent just before can land there ("rtp-atpd.officerdemo" was seen in a screenshot).
    // Typed again until each field holds what was typed.
    browser.waiting().until(driver -> {
      WebElement username = driver.findElement(USERNAME);
      WebElement password = driver.findElement(PASSWORD);
      username.clear();
      username.sendKeys(user);
      password.clear();
      password.sendKeys("demo");
      return user.equals(username.getDomProperty("value"))
          && "demo".equals(password.getDomProperty("value"));
    });
    browser.driver().findElement(LOG_IN).click();
  }

  /** Logs in on one of Prasan's own pages (dashboard, case page, statistics, workbench ...). */
  static void logInOnOurPage(Browser browser, String user) {
    browser.waiting().until(visibilityOfElementLocated(OUR_USERNAME)).sendKeys(user);
    browser.driver().findElement(By.id("password")).sendKeys("demo");
    browser.driver().findElement(By.id("log-in")).click();
  }
}
