package org.prasan.webapps;

import static org.openqa.selenium.support.ui.ExpectedConditions.visibilityOfElementLocated;

import org.openqa.selenium.By;

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
    browser.driver().findElement(USERNAME).sendKeys(user);
    browser.driver().findElement(PASSWORD).sendKeys("demo");
    browser.driver().findElement(LOG_IN).click();
  }

  /** Logs in on one of Prasan's own pages (dashboard, case page, statistics, workbench ...). */
  static void logInOnOurPage(Browser browser, String user) {
    browser.waiting().until(visibilityOfElementLocated(OUR_USERNAME)).sendKeys(user);
    browser.driver().findElement(By.id("password")).sendKeys("demo");
    browser.driver().findElement(By.id("log-in")).click();
  }
}
