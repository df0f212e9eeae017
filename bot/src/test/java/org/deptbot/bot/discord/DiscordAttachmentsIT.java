package org.deptbot.bot.discord;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import javax.imageio.ImageIO;
import org.deptbot.bot.discord.fake.FakeDiscord;
import org.deptbot.bot.discord.fake.FakeMessage;
import org.deptbot.core.reports.EvidenceStore;
import org.deptbot.core.reports.Reports;
import org.deptbot.core.tips.TipPhotos;
import org.deptbot.core.tips.Tips;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Files people send the bot in a Discord DM: MESSAGE_CREATE carries each as a signed link on the
 * CDN, which the bot must download before the link expires. A report's evidence and a tip's photo
 * are kept as on Telegram; a file that is too big or whose link no longer works gets a clear answer
 * and changes nothing. Shares the running bot with {@link DiscordIT}.
 */
@ExtendWith(RunningDiscordBot.class)
class DiscordAttachmentsIT {

  private static final Duration WAIT = RunningDiscordBot.WAIT;
  private static final long REPORTER = 400000000000000040L; // Sgt. Priya Natarajan, in the seed
  private static FakeDiscord discord;
  private static ConfigurableApplicationContext bot;

  @BeforeAll
  static void connect() {
    discord = RunningDiscordBot.discord();
    bot = RunningDiscordBot.bot();
  }

  @AfterEach
  void restore() {
    discord.attachmentLinksLastFor(Duration.ofHours(24));
    assertThat(discord.unservedCalls()).isEmpty();
  }

  @Test
  void photosSentWithAReportAreKeptAsEvidenceEveryFileOfTheMessage() throws Exception {
    FakeMessage evidenceStep = reportUpToTheEvidence();
    byte[] first = picture(0xff0000);
    byte[] second = picture(0x00ff00);

    // one message, two files: both are kept
    discord.userSendsDm(
        REPORTER,
        "Priya",
        "two screenshots",
        discord.file("shot one.jpg", "image/jpeg", first),
        discord.file("shot-2.jpg", "image/jpeg", second));

    FakeMessage kept = awaitDmAfter(evidenceStep, "Kept (2 files so far)");
    press(kept, "Done with files");
    press(awaitDmAfter(kept, "How should your name be handled"), "Confidential");
    FakeMessage review = awaitDmAfter(kept, "Files: 2");
    press(review, "Submit the report");
    FakeMessage receipt = awaitDmAfter(review, "Your report is case R-");
    String id = receipt.plainText().replaceAll("(?s).*(R-\\d{4}-\\d{6}).*", "$1");

    var report = bot.getBean(Reports.class).byId(id).orElseThrow();
    var stored = bot.getBean(EvidenceStore.class).of(report.intakeKey());
    assertThat(stored)
        .extracting(e -> e.sha256())
        .containsExactlyInAnyOrder(sha256(first), sha256(second));
  }

  @Test
  void aFileWhoseLinkHasExpiredIsRefusedClearlyAndNothingIsKept() throws Exception {
    FakeMessage evidenceStep = reportUpToTheEvidence();
    discord.attachmentLinksLastFor(Duration.ZERO); // expired by the time anyone fetches it
    int refusedBefore = discord.cdnRefusals().size();

    discord.userSendsDm(
        REPORTER, "Priya", "", discord.file("late.jpg", "image/jpeg", picture(0x0000ff)));

    FakeMessage answer = awaitDmAfter(evidenceStep, "could not read that file");
    assertThat(discord.cdnRefusals()).hasSize(refusedBefore + 1);

    // nothing was kept: the next file sent is the first
    discord.attachmentLinksLastFor(Duration.ofHours(24));
    discord.userSendsDm(
        REPORTER, "Priya", "", discord.file("again.jpg", "image/jpeg", picture(0x0000ff)));
    FakeMessage kept = awaitDmAfter(answer, "Kept (1 file so far)");
    press(evidenceStep, "Discard");
    awaitDmAfter(kept, "Discarded.");
  }

  @Test
  void aFileOverTheLimitIsNotDownloadedAndTheAnswerSaysWhy() throws Exception {
    FakeMessage evidenceStep = reportUpToTheEvidence();
    int downloadsBefore = discord.cdnDownloads().size();
    byte[] big = new byte[10 * 1024 * 1024 + 1];

    discord.userSendsDm(REPORTER, "Priya", "", discord.file("big.pdf", "application/pdf", big));

    FakeMessage answer = awaitDmAfter(evidenceStep, "That file is over 10 MB");
    assertThat(discord.cdnDownloads()).as("not downloaded at all").hasSize(downloadsBefore);
    press(evidenceStep, "Discard");
    awaitDmAfter(answer, "Discarded.");
  }

  @Test
  void aTipWithAPhotoKeepsThePhoto() throws Exception {
    long tipster = 900301;
    discord.userSendsDm(tipster, "Robin", "/tip");
    FakeMessage asked = awaitDm(tipster, "What do you know?");
    discord.userSendsDm(tipster, "Robin", "A red car has been parked on Elm Street for a week.");
    FakeMessage photoStep = awaitDmAfter(tipster, asked, "Do you have a photo");
    byte[] photo = picture(0x123456);

    discord.userSendsDm(tipster, "Robin", "", discord.file("car.jpg", "image/jpeg", photo));

    FakeMessage contact = awaitDmAfter(tipster, photoStep, "May the department contact you");
    press(tipster, contact, "Stay anonymous");
    FakeMessage review = awaitDmAfter(tipster, contact, "Photo: attached");
    press(tipster, review, "Send the tip");
    FakeMessage receipt = awaitDmAfter(tipster, review, "Your anonymous tip is T-");
    String id = receipt.plainText().replaceAll("(?s).*(T-\\d{4}-\\d{6}).*", "$1");

    var tip = bot.getBean(Tips.class).byId(id).orElseThrow();
    assertThat(tip.photoId()).isNotNull();
    assertThat(bot.getBean(TipPhotos.class).byId(tip.photoId())).isPresent();
  }

  /** The sergeant reports a post, up to the question for files (DiscordIT has the officer). */
  private static FakeMessage reportUpToTheEvidence() {
    discord.userSendsDm(REPORTER, "Priya", "/report");
    FakeMessage link = awaitDm(REPORTER, "Send the link");
    discord.userSendsDm(REPORTER, "Priya", "https://social.example/p/" + System.nanoTime());
    FakeMessage where = awaitDmAfter(link, "Where is it?");
    press(where, "Instagram");
    FakeMessage clause = awaitDmAfter(where, "Which part of the policy");
    press(clause, "Shows department logos");
    FakeMessage who = awaitDmAfter(clause, "Who posted it?");
    press(who, "Someone else");
    FakeMessage subject = awaitDmAfter(who, "Who posted it, as far as you know");
    discord.userSendsDm(REPORTER, "Priya", "@riverton_hot_takes");
    FakeMessage what = awaitDmAfter(subject, "What happened?");
    discord.userSendsDm(REPORTER, "Priya", "A photo in uniform with the badge number readable.");
    return awaitDmAfter(what, "If you have screenshots or files");
  }

  private static FakeMessage awaitDm(long user, String containing) {
    return awaitDmAfter(user, null, containing);
  }

  private static FakeMessage awaitDmAfter(FakeMessage after, String containing) {
    return awaitDmAfter(REPORTER, after, containing);
  }

  /** The newest DM to {@code user} after {@code after} (null: any) that contains the text. */
  private static FakeMessage awaitDmAfter(long user, FakeMessage after, String containing) {
    long from = after == null ? 0 : after.id();
    await()
        .atMost(WAIT)
        .untilAsserted(
            () ->
                assertThat(dmsAfter(user, from))
                    .extracting(FakeMessage::plainText)
                    .anyMatch(text -> text.contains(containing)));
    return dmsAfter(user, from).stream()
        .filter(m -> m.plainText().contains(containing))
        .reduce((a, b) -> b)
        .orElseThrow();
  }

  private static List<FakeMessage> dmsAfter(long user, long from) {
    return discord.botMessagesIn(discord.dmChannelOf(user)).stream()
        .filter(m -> m.id() > from)
        .toList();
  }

  private static void press(FakeMessage on, String label) {
    press(REPORTER, on, label);
  }

  private static void press(long user, FakeMessage on, String label) {
    FakeMessage now = discord.message(on.id());
    List<String> labels = now.buttonLabels().stream().flatMap(List::stream).toList();
    List<String> ids = now.buttonIds().stream().flatMap(List::stream).toList();
    for (int i = 0; i < labels.size(); i++) {
      if (labels.get(i).startsWith(label)) {
        discord.pressButton(user, "someone", now, ids.get(i));
        return;
      }
    }
    throw new AssertionError("no button " + label + " on " + now.plainText() + ": " + labels);
  }

  private static byte[] picture(int rgb) throws Exception {
    var image = new BufferedImage(40, 30, BufferedImage.TYPE_INT_RGB);
    image.setRGB(5, 5, rgb);
    var out = new ByteArrayOutputStream();
    ImageIO.write(image, "jpg", out);
    return out.toByteArray();
  }

  private static String sha256(byte[] bytes) throws Exception {
    return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
  }
}
