package org.prasan.webapps;

import static org.openqa.selenium.support.ui.ExpectedConditions.elementToBeClickable;
import static org.openqa.selenium.support.ui.ExpectedConditions.visibilityOfElementLocated;

import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/**
 * The model workbench at {@code /models} as a coordinator uses it: log in, open a model, change
 * it on the diagram and in the Camunda 7 properties panel (bpmn-js), check, deploy, dry-run and
 * move cases. Elements are found by the page's ids and bpmn-js' markup (element ids, context
 * pad actions, the panel's input ids), never by text.
 */
final class Workbench {

  static final By TITLE = By.cssSelector("header h1");
  static final By FINDINGS = By.cssSelector("#findings tr.finding");
  static final By FINDINGS_SUMMARY = By.id("findings-summary");
  static final By STATUS = By.id("status");
  static final By DEPLOYED = By.id("deployed");
  static final By DRY_RUN_ROWS = By.cssSelector("#dry-run tr.outcome");
  static final By MIGRATION_RESULT = By.id("migration-result");
  static final By LEGAL_CLOCKS = By.cssSelector("#legal-clocks tbody tr");

  private final Browser browser;
  private final String baseUrl;

  Workbench(Browser browser, String baseUrl) {
    this.browser = browser;
    this.baseUrl = baseUrl;
  }

  /** Opens the page and logs in with its own form (the webapps' login). */
  Workbench logIn(String user) {
    browser.driver().get(baseUrl + "/models");
    LoginForm.logInOnOurPage(browser, user);
    browser.waiting().until(visibilityOfElementLocated(By.cssSelector("#catalogue tbody tr")));
    return this;
  }

  /** Opens the latest version of a process from the catalogue. */
  Workbench openProcess(String key) {
    browser.waiting().until(elementToBeClickable(
        By.cssSelector("#catalogue tr[data-key='" + key + "'][data-kind='PROCESS'] button.open-model")))
        .click();
    browser.waiting().until(visibilityOfElementLocated(By.cssSelector(".djs-element")));
    return this;
  }

  /** Selects an element on the diagram by clicking it. */
  Workbench select(String elementId) {
    browser.waiting().until(elementToBeClickable(element(elementId))).click();
    return this;
  }

  /** Appends a task to the selected element (context pad), names it, and turns it into a user task. */
  String appendUserTask(String name) {
    contextPad("append.append-task").click();
    new org.openqa.selenium.interactions.Actions(browser.driver()).sendKeys(name)
        .sendKeys(Keys.ENTER).perform();
    contextPad("replace").click();
    browser.waiting().until(elementToBeClickable(
        By.cssSelector(".djs-popup [data-id='replace-with-user-task']"))).click();
    return (String) script("const editor = window.workbench.files.find(f => !f.container.hidden).editor;"
        + "return editor.get('selection').get()[0].id;");
  }

  /** Types into a field of the properties panel, opening its group first. */
  Workbench property(String group, By field, String value) {
    WebElement input = find(field);
    if (!input.isDisplayed()) {
      find(By.cssSelector("[data-group-id='" + group + "'] .bio-properties-panel-group-header")).click();
      browser.waiting().until(visibilityOfElementLocated(field));
    }
    input = find(field);
    input.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
    input.sendKeys(value);
    return this;
  }

  Workbench id(String id) {
    return property("group-general", By.id("bio-properties-panel-id"), id);
  }

  Workbench candidateGroups(String groups) {
    return property("group-CamundaPlatform__UserAssignment",
        By.id("bio-properties-panel-candidateGroups"), groups);
  }

  Workbench dueDate(String dueDate) {
    return property("group-CamundaPlatform__UserAssignment",
        By.id("bio-properties-panel-dueDate"), dueDate);
  }

  /** Adds the extension property {@code name = value} (Extension properties, +). */
  Workbench extensionProperty(String name, String value) {
    find(By.cssSelector("[data-group-id='group-CamundaPlatform__ExtensionProperties'] "
        + ".bio-properties-panel-add-entry")).click();
    By nameField = By.cssSelector("input[id$='-extensionProperty-0-name']");
    browser.waiting().until(driver -> !driver.findElements(nameField).isEmpty());
    if (!find(nameField).isDisplayed()) {
      // The group opens with its new entry folded: unfold it as a user would.
      find(By.cssSelector("[data-group-id='group-CamundaPlatform__ExtensionProperties'] "
          + ".bio-properties-panel-collapsible-entry-header")).click();
    }
    browser.waiting().until(visibilityOfElementLocated(nameField)).sendKeys(name);
    find(By.cssSelector("input[id$='-extensionProperty-0-value']")).sendKeys(value);
    return this;
  }

  /** Forms: Camunda Forms (linked), the form id, binding deployment. */
  Workbench camundaForm(String formId) {
    WebElement type = find(By.id("bio-properties-panel-formType"));
    if (!type.isDisplayed()) {
      find(By.cssSelector("[data-group-id='group-CamundaPlatform__Form'] "
          + ".bio-properties-panel-group-header")).click();
      browser.waiting().until(visibilityOfElementLocated(By.id("bio-properties-panel-formType")));
    }
    choose(By.id("bio-properties-panel-formType"), "formRef");
    // The binding first: typing the id re-renders the group once the panel takes it.
    choose(browser.waiting().until(visibilityOfElementLocated(
        By.id("bio-properties-panel-formRefBinding"))), "deployment");
    browser.waiting().until(visibilityOfElementLocated(By.id("bio-properties-panel-formRef")))
        .sendKeys(formId);
    browser.waiting().until(driver -> "deployment".equals(driver.findElement(
        By.id("bio-properties-panel-formRefBinding")).getAttribute("value")));
    return this;
  }

  /**
   * Picks an option of one of the panel's selects. Selenium sets the option, but the panel
   * (Preact) reacts to the change event, which Selenium's
   * click on the option does not fire in headless chromium here (Playwright's selectOption does).
   */
  private void choose(By select, String value) {
    choose(find(select), value);
  }

  private void choose(WebElement select, String value) {
    new org.openqa.selenium.support.ui.Select(select).selectByValue(value);
    ((JavascriptExecutor) browser.driver()).executeScript(
        "arguments[0].dispatchEvent(new Event('input', { bubbles: true }));"
            + "arguments[0].dispatchEvent(new Event('change', { bubbles: true }));", select);
  }

  /** Check: waits until the findings table shows the answer. */
  Workbench check() {
    script("document.getElementById('findings-box').hidden = true;");
    find(By.id("check")).click();
    browser.waiting().until(visibilityOfElementLocated(FINDINGS_SUMMARY));
    return this;
  }

  List<WebElement> findings() {
    return browser.driver().findElements(FINDINGS);
  }

  /** Whether the diagram marks the element as having a lint error. */
  boolean markedAsError(String elementId) {
    return find(element(elementId)).getAttribute("class").contains("lint-error");
  }

  Workbench deploy() {
    find(By.id("deploy")).click();
    browser.waiting().until(visibilityOfElementLocated(By.cssSelector("#deployed li")));
    return this;
  }

  /** Chooses the versions and runs the dry run; waits for its table. */
  Workbench dryRun(int fromVersion, int toVersion) {
    browser.waiting().until(visibilityOfElementLocated(By.id("migration-from")));
    new org.openqa.selenium.support.ui.Select(find(By.id("migration-from")))
        .selectByValue(String.valueOf(fromVersion));
    new org.openqa.selenium.support.ui.Select(find(By.id("migration-to")))
        .selectByValue(String.valueOf(toVersion));
    find(By.id("start-dry-run")).click();
    browser.waiting().until(visibilityOfElementLocated(DRY_RUN_ROWS));
    return this;
  }

  List<WebElement> dryRunRows() {
    return browser.driver().findElements(DRY_RUN_ROWS);
  }

  Workbench confirmMigration() {
    browser.waiting().until(elementToBeClickable(By.id("confirm-migration"))).click();
    browser.waiting().until(driver -> !driver.findElement(MIGRATION_RESULT).getText().isBlank());
    return this;
  }

  Workbench switchTo(String language) {
    find(By.id("lang-" + language)).click();
    browser.waiting().until(driver -> language.equals(
        driver.findElement(By.tagName("html")).getAttribute("lang")));
    return this;
  }

  String text(By element) {
    return browser.waiting().until(visibilityOfElementLocated(element)).getText();
  }

  private WebElement contextPad(String action) {
    return browser.waiting().until(elementToBeClickable(
        By.cssSelector(".djs-context-pad.open .entry[data-action='" + action + "'], "
            + ".djs-context-pad .entry[data-action='" + action + "']")));
  }

  private static By element(String elementId) {
    return By.cssSelector(".editor:not([hidden]) .djs-element[data-element-id='" + elementId + "']");
  }

  private Object script(String code) {
    return ((JavascriptExecutor) browser.driver()).executeScript(code);
  }

  private WebElement find(By element) {
    return browser.driver().findElement(element);
  }
}
