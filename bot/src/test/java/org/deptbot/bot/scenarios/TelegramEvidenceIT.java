package org.deptbot.bot.scenarios;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import javax.imageio.ImageIO;
import org.deptbot.bot.scenarios.ChatDriver.Person;
import org.deptbot.bot.scenarios.ChatDriver.Reply;
import org.deptbot.bot.telegram.fake.FakeTelegram;
import org.deptbot.bot.telegram.fake.SentMessage;
import org.deptbot.core.reports.EvidenceStore;
import org.deptbot.core.reports.Reports;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * An officer sends a screenshot with an anonymous report on Telegram: it is kept as bytes with its
 * hash, and the sergeant is shown it redrawn (no metadata) under a file name that names nobody.
 */
@ExtendWith(RunningBots.class)
class TelegramEvidenceIT {

  private final FakeTelegram telegram = RunningBots.running().telegram();
  private final ChatDriver chat = new TelegramDriver(telegram);

  @Test
  void aScreenshotGoesWithTheReportAndIsShownToTheHandlerWithoutItsMetadata() throws Exception {
    Person officer = chat.officer();
    Person sergeant = chat.sergeant();
    chat.say(sergeant, "/start");
    chat.awaitReply(sergeant, r -> r.text().contains("Hello"));

    chat.say(officer, "/report");
    chat.awaitReply(officer, r -> r.text().contains("Send the link"));
    chat.say(officer, "https://social.example/p/77");
    chat.press(officer, chat.awaitReply(officer, r -> r.hasButton("X (Twitter)")), "X (Twitter)");
    chat.press(
        officer,
        chat.awaitReply(officer, r -> r.hasButton("Identifies an officer")),
        "Identifies an officer");
    chat.press(officer, chat.awaitReply(officer, r -> r.hasButton("Someone else")), "Someone else");
    chat.awaitReply(officer, r -> r.text().contains("Who posted it"));
    chat.say(officer, "unknown");
    chat.awaitReply(officer, r -> r.text().contains("What happened?"));
    chat.say(officer, "Names an officer working undercover, with a photo of their car.");
    chat.awaitReply(officer, r -> r.hasButton("No files, go on"));

    telegram.userSendsPhoto(Long.parseLong(officer.id()), "Jamie", null, screenshot());
    Reply kept = chat.awaitReply(officer, r -> r.text().contains("Kept (1 file so far)"));
    chat.press(officer, kept, "Done with files");
    chat.press(officer, chat.awaitReply(officer, r -> r.hasButton("Anonymous")), "Anonymous");
    Reply review = chat.awaitReply(officer, r -> r.hasButton("Submit the report"));
    assertThat(review.text()).contains("Files: 1");
    chat.press(officer, review, "Submit the report");
    Reply receipt =
        chat.awaitReply(officer, r -> r.text().contains("Your anonymous report is case R-"));
    String id = receipt.text().replaceAll("(?s).*(R-\\d{4}-\\d{6}).*", "$1");

    Reply card = chat.awaitReply(sergeant, r -> r.text().contains("Case " + id));
    assertThat(card.text()).contains("Files: 1");
    int before = telegram.messagesTo(Long.parseLong(sergeant.id())).size();
    chat.press(sergeant, card, "Show files");

    SentMessage shown = awaitPhoto(Long.parseLong(sergeant.id()), before);
    assertThat(shown.caption()).contains("File 1 of " + id);
    assertThat(shown.photoBytes()).isPositive();
    var report = RunningBots.running().bot().getBean(Reports.class).byId(id).orElseThrow();
    var stored = RunningBots.running().bot().getBean(EvidenceStore.class).of(report.intakeKey());
    assertThat(stored).singleElement().satisfies(e -> assertThat(e.sha256()).hasSize(64));

    // in a group, the same command shows nothing: evidence goes only to private chats
    long group = -1009000000077L;
    telegram.groupMessage(
        group, Long.parseLong(sergeant.id()), "Tom", "/case_act " + id + " files");
    List<SentMessage> inGroup = telegram.awaitMessages(group, 1, Duration.ofSeconds(15));
    assertThat(inGroup).noneMatch(SentMessage::isPhoto);
    assertThat(inGroup.get(0).currentText()).contains("only in a private chat");
  }

  private SentMessage awaitPhoto(long chatId, int after) {
    return await("a picture to reach the handler")
        .atMost(Duration.ofSeconds(15))
        .pollDelay(Duration.ZERO)
        .pollInterval(Duration.ofMillis(50))
        .until(
            () ->
                telegram.messagesTo(chatId).stream()
                    .skip(after)
                    .filter(SentMessage::isPhoto)
                    .findFirst(),
            Optional::isPresent)
        .orElseThrow();
  }

  private static byte[] screenshot() throws Exception {
    var image = new BufferedImage(40, 30, BufferedImage.TYPE_INT_RGB);
    image.setRGB(5, 5, 0xff0000);
    var out = new ByteArrayOutputStream();
    ImageIO.write(image, "jpg", out);
    return out.toByteArray();
  }
}
