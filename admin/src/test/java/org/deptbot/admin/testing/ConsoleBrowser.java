package org.deptbot.admin.testing;

import java.nio.file.Path;
import java.util.function.Function;
import org.deptbot.core.testing.Browser;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * Headless Chromium on the running console: signs in through the real form and saves a screenshot
 * of each page a test visits to {@code target/screenshots/console/}, for reviewers to look at.
 */
public final class ConsoleBrowser implements AutoCloseable {

  private static final Path SHOTS = Path.of("target", "screenshots", "console");
  private final Browser browser;
  private final String base;

  /** A phone-sized window when {@code phone}, else a desk's. */
  public ConsoleBrowser(int port, boolean phone) {
    this(port, phone ? 390 : 1280, phone ? 844 : 900);
  }

  /** A window whose page is {@code width} x {@code height} CSS pixels. */
  public ConsoleBrowser(int port, int width, int height) {
    this.browser = new Browser(width, height);
    this.base = "http://127.0.0.1:" + port;
  }

  public ConsoleBrowser signIn(String staffId, String password) {
    open("/login");
    field("username").sendKeys(staffId);
    field("password").sendKeys(password);
    driver().findElement(By.cssSelector("form button[type=submit]")).click();
    browser.waitUntil(ExpectedConditions.not(ExpectedConditions.urlContains("/login")));
    return this;
  }

  public ConsoleBrowser open(String path) {
    driver().get(base + path);
    return this;
  }

  public WebElement field(String id) {
    return browser.waitUntil(ExpectedConditions.visibilityOfElementLocated(By.id(id)));
  }

  /** Clicks the button or link whose text is exactly {@code text}. */
  public void press(String text) {
    browser
        .waitUntil(
            ExpectedConditions.elementToBeClickable(
                By.xpath(
                    "//button[normalize-space(.)='"
                        + text
                        + "'] | //a[normalize-space(.)='"
                        + text
                        + "']")))
        .click();
  }

  public String text() {
    return settled(driver -> driver.findElement(By.tagName("body")).getText());
  }

  /**
   * Waits until a fully loaded page gives {@code read} a non-null, non-false value, and returns it.
   * A page that reloads itself can swap its document between finding an element and reading it;
   * such a read is tried again on the next page rather than failing the test.
   */
  public <T> T settled(Function<WebDriver, T> read) {
    return browser.waitUntil(
        driver -> {
          try {
            Object state =
                ((JavascriptExecutor) driver).executeScript("return document.readyState");
            return "complete".equals(state) ? read.apply(driver) : null;
          } catch (StaleElementReferenceException e) {
            return null;
          } catch (WebDriverException e) {
            if (String.valueOf(e.getMessage()).contains("does not belong to the document")) {
              return null;
            }
            throw e;
          }
        });
  }

  /** The text of the first table row that contains {@code text}. */
  public String rowWith(String text) {
    return driver()
        .findElement(By.xpath("//tr[contains(normalize-space(.), '" + text + "')]"))
        .getText();
  }

  public void waitForText(String text) {
    browser.waitUntil(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"), text));
  }

  public Path screenshot(String name) {
    return browser.screenshot(SHOTS.resolve(name + ".png"));
  }

  public WebDriver driver() {
    return browser.driver();
  }

  public Browser browser() {
    return browser;
  }

  @Override
  public void close() {
    browser.close();
  }
}
