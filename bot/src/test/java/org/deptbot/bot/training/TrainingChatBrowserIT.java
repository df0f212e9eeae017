package org.deptbot.bot.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openqa.selenium.support.ui.ExpectedConditions.elementToBeClickable;
import static org.openqa.selenium.support.ui.ExpectedConditions.numberOfElementsToBeMoreThan;
import static org.openqa.selenium.support.ui.ExpectedConditions.textToBePresentInElementLocated;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.deptbot.bot.BotIntegrationTest;
import org.deptbot.core.testing.Browser;
import org.deptbot.core.testing.BrowserTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedCondition;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The training chat as a newcomer uses it, in headless Chromium against the running bot. */
@BrowserTest
@BotIntegrationTest
class TrainingChatBrowserIT {

  private static final By BOT_MESSAGES = By.cssSelector("#log li.msg.bot .msg-body");

  /** A missing child's notice in one line, as a dispatcher in a hurry types it. */
  private static final String CASEY_MISSING =
      "/notice missing_person name=\"Casey Moss\" age=\"9\" last_seen=\"10 min ago\""
          + " location=\"near the pool\" description=\"green hoodie\" phone=\"555-0100\"";

  private static final Pattern RECEIPT_KEY = Pattern.compile("[0-9A-Z]{4}(-[0-9A-Z]{4}){4}");

  @LocalServerPort int port;

  @org.springframework.beans.factory.annotation.Autowired
  org.springframework.data.mongodb.core.MongoTemplate mongo;

  private Browser browser;

  /**
   * How many bot messages the page showed before the last thing typed or pressed: the persona's
   * transcript is shared with the other training tests, so only newer messages are its answer.
   */
  private int mark;

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
  void aDispatcherAsksForHelpThenUsesAButton() {
    // GIVEN the page shows the seeded department and its personas
    browser.waitUntil(
        textToBePresentInElementLocated(By.id("department"), "Riverton Police Department"));
    WebElement dispatcher =
        browser.waitUntil(elementToBeClickable(By.cssSelector("button[data-persona='s-050']")));
    assertThat(browser.driver().findElements(By.cssSelector("button.persona")))
        .extracting(WebElement::getText)
        .anySatisfy(label -> assertThat(label).contains("Member of the public"))
        .anySatisfy(label -> assertThat(label).contains("Sgt. Tom Reyes", "Supervisor"));

    // WHEN the newcomer picks the dispatcher and sends /help
    dispatcher.click();
    browser.driver().findElement(By.id("text")).sendKeys("/help", Keys.ENTER);

    // THEN the bot's reply lists the commands
    browser.waitUntil(aBotMessageContains("What you can do here"));
    assertThat(lastBotMessage()).contains("/start", "/cancel").doesNotContain("/enroll");

    // WHEN they send /start and press its button
    browser.driver().findElement(By.id("text")).sendKeys("/start", Keys.ENTER);
    browser.waitUntil(aBotMessageContains("linked to Kelly Brennan"));
    int before = browser.driver().findElements(BOT_MESSAGES).size();
    browser
        .waitUntil(
            elementToBeClickable(By.xpath("//button[@class='chat-button' and .='What can I do?']")))
        .click();

    // THEN a second help message arrives, and the screen shows it
    browser.waitUntil(numberOfElementsToBeMoreThan(BOT_MESSAGES, before));
    assertThat(lastBotMessage()).contains("What you can do here");
    browser.screenshot(Path.of("target", "screenshots", "training-chat-dispatcher.png"));
  }

  @Test
  void userTextIsShownAsTextNeverAsMarkup() {
    browser
        .waitUntil(elementToBeClickable(By.cssSelector("button[data-persona='public']")))
        .click();
    browser
        .driver()
        .findElement(By.id("text"))
        .sendKeys("<b>bold?</b> & <img src=x onerror=alert(1)>", Keys.ENTER);

    // other tests may have talked as the public before: look at every message the user sent
    browser.waitUntil(
        driver ->
            driver.findElements(By.cssSelector("#log li.msg.user")).stream()
                .anyMatch(m -> m.getText().contains("<b>bold?</b>")));
    assertThat(browser.driver().findElements(By.cssSelector("#log li.msg.user img"))).isEmpty();
    browser.waitUntil(aBotMessageContains("didn’t understand"));
  }

  /** Unlike Selenium's own condition, looks at every bot message, not just the first. */
  private static ExpectedCondition<Boolean> aBotMessageContains(String text) {
    return driver ->
        driver.findElements(BOT_MESSAGES).stream().anyMatch(m -> m.getText().contains(text));
  }

  private String lastBotMessage() {
    List<WebElement> messages = browser.driver().findElements(BOT_MESSAGES);
    return messages.get(messages.size() - 1).getText();
  }

  /**
   * An officer on a phone sends an anonymous report and keeps the receipt key; internal affairs
   * gets the case without a word about where the reporter sits.
   */
  @Test
  void anOfficerOnAPhoneReportsAnonymouslyAndKeepsTheReceiptKey() {
    // the other training tests' reports come from Officer Cole too: start this walk in a new hour
    mongo.remove(new org.springframework.data.mongodb.core.query.Query(), "submission_limits");
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

  /**
   * A dispatcher on a phone attaches a missing person's photo from the page; the preview shows it,
   * and once switched to Exercise, the marker the public will see.
   */
  @Test
  void aDispatcherOnAPhoneSendsAMissingPersonsPhotoAndSeesItInThePreview() throws IOException {
    browser.resize(390, 844);
    persona("s-050"); // Kelly Brennan, dispatch
    say("/cancel");
    say(CASEY_MISSING);
    press("Change a value");
    press("Photo (optional)");
    awaitBot("Send the photo as a picture");

    Path photo = Path.of("target", "casey.png").toAbsolutePath();
    BufferedImage picture = new BufferedImage(120, 160, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = picture.createGraphics();
    g.setColor(new Color(0x2e7d32));
    g.fillRect(0, 0, 120, 160);
    g.dispose();
    ImageIO.write(picture, "png", photo.toFile());
    browser.driver().findElement(By.id("photo")).sendKeys(photo.toString());

    WebElement preview =
        browser.waitUntil(
            driver ->
                driver.findElements(BOT_MESSAGES).stream()
                    .filter(m -> m.getText().contains("Missing: Casey Moss"))
                    .filter(m -> !m.findElements(By.tagName("img")).isEmpty())
                    .findFirst()
                    .orElse(null));
    scrollTo(preview);
    browser.screenshot(Path.of("target", "screenshots", "missing-person-photo-preview-phone.png"));

    press("Exercise / test");
    awaitBot("EXERCISE – TEST ONLY");
    scrollTo(
        browser.driver().findElements(BOT_MESSAGES).stream()
            .filter(m -> m.getText().contains("EXERCISE – TEST ONLY"))
            .reduce((a, b) -> b)
            .orElseThrow());
    browser.screenshot(
        Path.of("target", "screenshots", "missing-person-exercise-preview-phone.png"));
    say("/cancel");
  }

  /**
   * A dispatcher on a phone is told which answers the Spanish post uses as typed, and gives the
   * clothing in Spanish too: the next preview shows it in the Spanish part, the English unchanged,
   * and no longer lists the clothing as used as typed.
   */
  @Test
  void aDispatcherOnAPhoneGivesTheClothingInSpanishToo() {
    browser.resize(390, 844);
    persona("s-050"); // Kelly Brennan, dispatch
    say("/cancel");
    say(CASEY_MISSING);
    // the post, then the message under it that says what it will do
    assertThat(awaitBot("The Español post uses your answers to"))
        .contains("“Height, build, clothing”");
    assertThat(awaitBot("green hoodie")).doesNotContain("sudadera");
    scrollTo(newestBotMessageWith("green hoodie"));
    browser.screenshot(Path.of("target", "screenshots", "notice-preview-as-typed-phone.png"));

    press("Write answers in Español");
    awaitBot("Which one do you want to write in Español?");
    press("Height, build, clothing");
    awaitBot("Height, build, clothing, in Español");
    say("sudadera verde");
    String post = awaitBot("sudadera verde");
    assertThat(post.indexOf("green hoodie"))
        .as("the English part keeps its answer, the Español part has its own")
        .isNotNegative()
        .isLessThan(post.indexOf("Español"))
        .isLessThan(post.indexOf("sudadera verde"));
    assertThat(awaitBot("Above is exactly what will be posted."))
        .doesNotContain("“Height, build, clothing”")
        .contains("“Name as the family agreed to publish it”");
    ((org.openqa.selenium.JavascriptExecutor) browser.driver())
        .executeScript(
            "arguments[0].scrollIntoView({block: 'end'})", newestBotMessageWith("sudadera verde"));
    browser.screenshot(Path.of("target", "screenshots", "notice-preview-in-spanish-phone.png"));
    say("/cancel");
  }

  private WebElement newestBotMessageWith(String text) {
    return browser.driver().findElements(BOT_MESSAGES).stream()
        .filter(m -> m.getText().contains(text))
        .reduce((a, b) -> b)
        .orElseThrow();
  }

  private void scrollTo(WebElement element) {
    ((org.openqa.selenium.JavascriptExecutor) browser.driver())
        .executeScript("arguments[0].scrollIntoView({block: 'start'})", element);
  }

  private void persona(String id) {
    browser
        .waitUntil(elementToBeClickable(By.cssSelector("button[data-persona='" + id + "']")))
        .click();
    mark = 0; // what waits for this persona may have come before the switch
  }

  private void say(String text) {
    mark = browser.driver().findElements(BOT_MESSAGES).size();
    browser.driver().findElement(By.id("text")).sendKeys(text, Keys.ENTER);
  }

  /** Presses a button of the newest bot message, once it has one so labelled. */
  private void press(String label) {
    WebElement button =
        browser.waitUntil(
            elementToBeClickable(
                By.xpath(
                    "(//li[contains(@class, 'msg') and contains(@class, 'bot')])[last()]"
                        + "//button[@class='chat-button' and starts-with(normalize-space(.), '"
                        + label
                        + "')]")));
    mark = browser.driver().findElements(BOT_MESSAGES).size();
    button.click();
  }

  /** The newest bot message since the last thing typed or pressed containing {@code text}. */
  private String awaitBot(String text) {
    return browser.waitUntil(
        driver -> {
          List<WebElement> all = driver.findElements(BOT_MESSAGES);
          for (int i = all.size() - 1; i >= Math.min(mark, all.size()); i--) {
            if (all.get(i).getText().contains(text)) {
              return all.get(i).getText();
            }
          }
          return null;
        });
  }
}
