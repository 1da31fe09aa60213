package org.prasan.webapps;

import static org.openqa.selenium.support.ui.ExpectedConditions.elementToBeClickable;
import static org.openqa.selenium.support.ui.ExpectedConditions.invisibilityOfElementLocated;
import static org.openqa.selenium.support.ui.ExpectedConditions.visibilityOfElementLocated;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;

/**
 * A claimed task's Camunda Form as form-js renders it in the Tasklist. form-js gives each
 * input the id {@code fjs-form-<random>-<component id>}; components are found by the id in
 * {@code forms/*.form}, options by their (bilingual) label.
 */
final class TaskForm {

  private final Browser browser;

  TaskForm(Browser browser) {
    this.browser = browser;
  }

  TaskForm type(String componentId, String text) {
    WebElement input = reveal(component(componentId));
    input.clear();
    input.sendKeys(text);
    return this;
  }

  /** Picks the radio option of {@code componentId} whose label contains {@code label}. */
  TaskForm choose(String componentId, String label) {
    for (WebElement option : browser.driver().findElements(
        By.cssSelector(".fjs-form label[for*='-" + componentId + "-']"))) {
      if (option.getText().contains(label)) {
        reveal(browser.driver().findElement(By.id(option.getAttribute("for")))).click();
        return this;
      }
    }
    throw new AssertionError("No option '" + label + "' in " + componentId);
  }

  /** Opens the dropdown of a select component and picks the item containing {@code label}. */
  TaskForm select(String componentId, String label) {
    reveal(browser.waiting().until(elementToBeClickable(
        By.cssSelector(".fjs-form [id$='-" + componentId + "-display']")))).click();
    By items = By.cssSelector(".fjs-form .fjs-dropdownlist .fjs-dropdownlist-item");
    browser.waiting().until(visibilityOfElementLocated(items));
    for (WebElement item : browser.driver().findElements(items)) {
      if (item.getText().contains(label)) {
        reveal(item).click();
        return this;
      }
    }
    throw new AssertionError("No item '" + label + "' in " + componentId);
  }

  /** Ticks or unticks a checkbox. */
  TaskForm check(String componentId, boolean ticked) {
    WebElement box = reveal(component(componentId));
    if (box.isSelected() != ticked) {
      box.click();
    }
    return this;
  }

  /** The value a field shows (read-only fields show the case's variables). */
  String valueOf(String componentId) {
    return component(componentId).getAttribute("value");
  }

  /** Clicks Complete and waits until the Tasklist has closed the form. */
  void complete() {
    reveal(browser.waiting().until(elementToBeClickable(Tasklist.COMPLETE))).click();
    browser.waiting().until(invisibilityOfElementLocated(Tasklist.COMPLETE));
  }

  /** Scrolls an element to the middle of the window, clear of the Tasklist's fixed footer. */
  private WebElement reveal(WebElement element) {
    ((JavascriptExecutor) browser.driver())
        .executeScript("arguments[0].scrollIntoView({block: 'center'});", element);
    return element;
  }

  private WebElement component(String componentId) {
    return browser.waiting().until(visibilityOfElementLocated(
        By.cssSelector(".fjs-form [id$='-" + componentId + "']")));
  }
}
