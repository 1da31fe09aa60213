package org.prasan.webapps;

import static org.openqa.selenium.support.ui.ExpectedConditions.attributeToBeNotEmpty;
import static org.openqa.selenium.support.ui.ExpectedConditions.visibilityOfElementLocated;

import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/** The coordinators' dashboard at {@code /dashboard}, found by the ids of its page. */
final class Dashboard {

  static final By TITLE = By.cssSelector("header h1");
  static final By LATE_AGENCY = By.id("late-agency");
  static final By TASKS_CHART = By.id("tasks-chart");
  static final By COMPLIANCE_CHART = By.id("compliance-chart");
  static final By CLOCK_TASK_LINKS = By.cssSelector("#clocks a.task-link");
  static final By CLAIMS = By.cssSelector("#claims li.claim");
  static final By TRIAGE_COUNT =
      By.cssSelector("#stages tr[data-stage='Task_TriageTip'] button.count");
  static final By ESCALATED_TO_SUPERVISORS =
      By.cssSelector("#escalations tr.total td[data-count='supervisors'] button.count");
  static final By LATE_COUNT = By.id("late-count");
  static final By CASES_BEHIND = By.id("cases-behind");
  static final By CASES_BEHIND_TITLE = By.id("cases-behind-title");
  static final By CASES_BEHIND_LINKS = By.cssSelector("#cases-behind-list a.case-link");

  private final Browser browser;
  private final String baseUrl;

  Dashboard(Browser browser, String baseUrl) {
    this.browser = browser;
    this.baseUrl = baseUrl;
  }

  /** Opens the page and waits until it has drawn its figures. */
  Dashboard open() {
    browser.driver().get(baseUrl + "/dashboard");
    return awaitFigures();
  }

  Dashboard awaitFigures() {
    browser.waiting().until(visibilityOfElementLocated(LATE_AGENCY));
    browser.waiting().until(attributeToBeNotEmpty(find(COMPLIANCE_CHART), "data-points"));
    return this;
  }

  /** Logs in with the page's own form (the webapps' login) and waits for the figures. */
  Dashboard logIn(String user) {
    LoginForm.logInOnOurPage(browser, user);
    return awaitFigures();
  }

  Dashboard switchTo(String language) {
    find(By.id("lang-" + language)).click();
    browser.waiting().until(driver -> language.equals(
        driver.findElement(By.tagName("html")).getAttribute("lang")));
    return this;
  }

  /** Clicks a count and waits for the list of the cases behind it. */
  List<WebElement> casesBehind(WebElement count) {
    browser.waiting().until(ExpectedConditions.elementToBeClickable(count)).click();
    browser.waiting().until(visibilityOfElementLocated(CASES_BEHIND));
    return all(CASES_BEHIND_LINKS);
  }

  String text(By element) {
    return browser.waiting().until(visibilityOfElementLocated(element)).getText();
  }

  /** How many values a chart drew (the page counts them on its container). */
  int pointsIn(By chart) {
    return Integer.parseInt(find(chart).getAttribute("data-points"));
  }

  /** uPlot draws on a canvas inside the chart's container. */
  boolean hasCanvas(By chart) {
    return !find(chart).findElements(By.cssSelector(".uplot canvas")).isEmpty();
  }

  List<WebElement> all(By elements) {
    return browser.driver().findElements(elements);
  }

  private WebElement find(By element) {
    return browser.driver().findElement(element);
  }
}
