package org.deptbot.bot.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openqa.selenium.support.ui.ExpectedConditions.elementToBeClickable;

import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import org.deptbot.bot.BotIntegrationTest;
import org.deptbot.core.testing.Browser;
import org.deptbot.core.testing.BrowserTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * An officer on a phone sends an anonymous report in the training chat and keeps the receipt key;
 * internal affairs gets the case without a word about where the reporter sits. Screenshots of both
 * are kept in target/screenshots.
 */
@BrowserTest
@BotIntegrationTest
class AnonymousReportBrowserIT {

  private static final By BOT_MESSAGES = By.cssSelector("#log li.msg.bot .msg-body");
  private static final Pattern RECEIPT_KEY = Pattern.compile("[0-9A-Z]{4}(-[0-9A-Z]{4}){4}");

  @LocalServerPort int port;
  private Browser browser;

  @BeforeEach
  void openThePage() {
    browser = new Browser();
    browser.driver().get("http://127.0.0.1:" + port + "/");
  }

  @AfterEach
  void closeTheBrowser() {
    browser.close();
  }

  @Test
  void anOfficerOnAPhoneReportsAnonymouslyAndKeepsTheReceiptKey() {
    persona("s-031"); // Officer Jamie Cole
    say("/report");
    awaitBot("Send the link");
    say("https://social.example/p/4242");
    press("Instagram");
    press("Shows department logos");
    press("Someone else");
    awaitBot("Who posted it");
    say("@riverton_after_dark");
    awaitBot("What happened?");
    say("A photo of the squad room whiteboard with case names readable.");
    press("No files");
    press("Anonymous");
    press("Submit the report");
    String receipt = awaitBot("receipt key");
    browser.screenshot(Path.of("target", "screenshots", "anonymous-report-receipt-phone.png"));

    var key = RECEIPT_KEY.matcher(receipt);
    assertThat(key.find()).as(receipt).isTrue();
    assertThat(receipt)
        .contains("nobody handling it can see who sent it", "/mycases " + key.group());

    persona("s-020"); // Lt. Grace Kim, internal affairs: the desk for anonymous reports
    String card = awaitBot("@riverton_after_dark");
    browser.screenshot(Path.of("target", "screenshots", "anonymous-report-card-phone.png"));
    assertThat(card)
        .contains("Reported anonymously", "handles anonymous reports")
        .doesNotContain("Jamie", "Cole", "Reyes", "supervisor");
  }

  private void persona(String id) {
    browser
        .waitUntil(elementToBeClickable(By.cssSelector("button[data-persona='" + id + "']")))
        .click();
  }

  private void say(String text) {
    browser.driver().findElement(By.id("text")).sendKeys(text, Keys.ENTER);
  }

  private void press(String label) {
    browser
        .waitUntil(
            elementToBeClickable(
                By.xpath(
                    "(//button[@class='chat-button' and starts-with(normalize-space(.), '"
                        + label
                        + "')])[last()]")))
        .click();
  }

  /** The newest bot message containing {@code text}, once there is one. */
  private String awaitBot(String text) {
    browser.waitUntil(
        driver ->
            driver.findElements(BOT_MESSAGES).stream().anyMatch(m -> m.getText().contains(text)));
    List<WebElement> all = browser.driver().findElements(BOT_MESSAGES);
    for (int i = all.size() - 1; i >= 0; i--) {
      if (all.get(i).getText().contains(text)) {
        return all.get(i).getText();
      }
    }
    throw new AssertionError("gone: " + text);
  }
}
