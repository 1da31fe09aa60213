package org.prasan.webapps;

import static org.openqa.selenium.support.ui.ExpectedConditions.elementToBeClickable;
import static org.openqa.selenium.support.ui.ExpectedConditions.invisibilityOfElementLocated;
import static org.openqa.selenium.support.ui.ExpectedConditions.visibilityOfElementLocated;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/**
 * The Camunda Tasklist as an officer uses it: log in, find a task in the selected filter,
 * claim it and fill its Camunda Form. Elements are found by Camunda's and form-js' markup
 * (ng-model, ng-click, component ids), never by text, so a Thai and an English browser run the
 * same steps.
 */
final class Tasklist {

  static final By CLAIM = By.cssSelector(".task-details button.claim");
  static final By COMPLETE = By.cssSelector(".task-details button[ng-click='complete()']");
  static final By FILTERS = By.cssSelector(".task-filters .task-filter");

  private final Browser browser;
  private final String baseUrl;

  Tasklist(Browser browser, String baseUrl) {
    this.browser = browser;
    this.baseUrl = baseUrl;
  }

  /** Opens the Tasklist, which asks for a login first. */
  Tasklist open() {
    driver().get(baseUrl + "/camunda/app/tasklist/");
    LoginForm.awaitIn(browser);
    return this;
  }

  /** Logs in with the demo password and waits for the filters. */
  Tasklist logIn(String user) {
    LoginForm.logIn(browser, user);
    browser.waiting().until(visibilityOfElementLocated(FILTERS));
    return this;
  }

  /** Selects the filter whose name contains the text, as an officer clicks it. */
  Tasklist openFilter(String nameContains) {
    WebElement link = browser.waiting().until(driver -> driver.findElements(FILTERS).stream()
        .filter(filter -> filter.getText().contains(nameContains))
        .map(filter -> filter.findElement(By.cssSelector("a")))
        .findFirst().orElse(null));
    // The filters' column is long (a queue per site and language).
    clickInView(link);
    return this;
  }

  /** Clicks the task in the selected filter's list and waits for its form. */
  Tasklist openTask(String taskId) {
    By inList = By.cssSelector(".tasks-list h4.task a[href*='task=" + taskId + "']");
    // A long list, as when other tests left screening tasks to the same agency.
    clickInView(browser.waiting().until(elementToBeClickable(inList)));
    browser.waiting().until(visibilityOfElementLocated(By.cssSelector(".task-details .fjs-form")));
    return this;
  }

  /**
   * Clicks the element in the middle of its column's view: at the bottom edge the page's footer
   * covers it.
   */
  private void clickInView(WebElement element) {
    ((JavascriptExecutor) browser.driver()).executeScript(
        "arguments[0].scrollIntoView({block: 'center'})", element);
    element.click();
  }

  /** Claims the open task, which turns its read-only form into one the officer can fill. */
  TaskForm claim() {
    browser.waiting().until(elementToBeClickable(CLAIM)).click();
    browser.waiting().until(invisibilityOfElementLocated(CLAIM));
    browser.waiting().until(visibilityOfElementLocated(COMPLETE));
    return new TaskForm(browser);
  }

  /** The text an element shows, or its placeholder for an input. */
  String textOf(By element) {
    WebElement found = browser.waiting().until(visibilityOfElementLocated(element));
    String text = found.getText();
    return text.isBlank() && found.getAttribute("placeholder") != null
        ? found.getAttribute("placeholder") : text;
  }

  /** The language the page declares on its root element. */
  String pageLanguage() {
    return (String) ((JavascriptExecutor) driver()).executeScript(
        "return document.documentElement.getAttribute('lang');");
  }

  private WebDriver driver() {
    return browser.driver();
  }
}
