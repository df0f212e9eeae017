package org.deptbot.bot.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.bson.Document;
import org.deptbot.bot.BotIntegrationTest;
import org.deptbot.bot.chat.ChatIngress;
import org.deptbot.core.access.Actor;
import org.deptbot.core.reports.Confidentiality;
import org.deptbot.core.reports.Report;
import org.deptbot.core.reports.Reports;
import org.deptbot.core.reports.Triage;
import org.deptbot.core.staff.ChatIdentity;
import org.deptbot.core.staff.ChatLink;
import org.deptbot.core.staff.ChatLinks;
import org.deptbot.core.staff.ChatPlatform;
import org.deptbot.core.staff.StaffMembers;
import org.deptbot.core.tips.Tip;
import org.deptbot.core.tips.Tips;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoOperations;

/**
 * The promise of an anonymous report or tip, tested as an adversary with the database, a backup and
 * the logs would test it: one employee sends a confidential and an anonymous report, follows the
 * anonymous one by its receipt key from another account, answers the handler's question; a member
 * of the public sends a tip with a photo and follows it. Then every document of every collection
 * (GridFS file metadata included) and every log line is read, and none may hold both something that
 * identifies the sender and something that identifies their anonymous record.
 */
@BotIntegrationTest
class AnonymityIT {

  private static final Pattern RECEIPT_KEY = Pattern.compile("[0-9A-Z]{4}(-[0-9A-Z]{4}){4}");
  private static final Pattern CASE_ID = Pattern.compile("R-\\d{4}-\\d{6}");
  private static final Pattern TIP_ID = Pattern.compile("T-\\d{4}-\\d{6}");

  /** Officer Ben Novak: no other test reports as him, so the hourly limit stays far. */
  private static final String OFFICER = "s-042";

  private static final String INTERNAL_AFFAIRS = "s-020";
  private static final String DISPATCH = "s-050"; // the tips desk

  @Autowired ChatIngress ingress;
  @Autowired ChatLinks links;
  @Autowired StaffMembers staff;
  @Autowired MongoOperations mongo;
  @Autowired Reports reports;
  @Autowired Tips tips;
  @Autowired Triage triage;
  @Autowired Clock clock;

  private final ListAppender<ILoggingEvent> log = new ListAppender<>();
  private IngressChat officer;
  private IngressChat otherAccount;
  private IngressChat tipster;

  @BeforeEach
  void setUp() {
    String run = UUID.randomUUID().toString().substring(0, 8);
    officer = new IngressChat(ingress, "officer-" + run, "Ben Novak");
    otherAccount = new IngressChat(ingress, "burner-" + run, "bn");
    tipster = new IngressChat(ingress, "tipster-" + run, "Jordan Q. Tipster");
    links.relink(ChatLink.of(officer.identity, OFFICER, clock.instant(), ChatLink.Source.TRAINING));
    for (String handler : List.of(INTERNAL_AFFAIRS, DISPATCH)) {
      // as the training page links them: the handler's and the desk's cards go there
      links.relink(
          ChatLink.of(
              new ChatIdentity(ChatPlatform.TRAINING, handler),
              handler,
              clock.instant(),
              ChatLink.Source.TRAINING));
    }
    log.start();
    root().addAppender(log);
  }

  @AfterEach
  void stopListening() {
    root().detachAppender(log);
  }

  @Test
  void nothingStoredOrLoggedTiesAnAnonymousCaseOrTipToItsSender() throws IOException {
    // GIVEN an officer who sends a confidential report and an anonymous one
    String confidentialMarker = "named " + UUID.randomUUID();
    fileReport(officer, confidentialMarker, "Confidential");
    String anonymousMarker = "unnamed " + UUID.randomUUID();
    fileReport(officer, anonymousMarker, "Anonymous");
    String caseKey = receiptKeyIn(officer.text());
    Report named = caseAbout(confidentialMarker);
    Report anonymous = caseAbout(anonymousMarker);
    assertThat(anonymous.confidentiality()).isEqualTo(Confidentiality.ANONYMOUS);

    // AND follows the anonymous one by its receipt key from an account nobody linked
    otherAccount.say("/mycases " + caseKey.toLowerCase() + " Also shared in a group chat.");
    assertThat(otherAccount.text()).contains("Added to " + anonymous.id());

    // AND internal affairs asks a question, which the officer answers from the first account
    Actor investigator = Actor.staff(staff.byId(INTERNAL_AFFAIRS).orElseThrow(), null);
    triage.ask(investigator, reports.byId(anonymous.id()).orElseThrow(), "When was it posted?");
    officer.say("/mycases " + caseKey + " Around 22:10 on Friday.");
    assertThat(officer.text()).contains("Added to " + anonymous.id());

    // AND a member of the public sends a tip with a photo, then adds to it
    tipster.say("/tip");
    tipster.say("The van from the notice parks behind the laundromat on Elm every night.");
    tipster.sendFile("IMG_2231.png", "image/png", png());
    tipster.press("Stay anonymous");
    tipster.press("Send the tip");
    String tipKey = receiptKeyIn(tipster.text());
    Tip tip = tipAbout(tipster.text());
    otherAccount.say("/mytip " + tipKey + " It was there again tonight.");
    assertThat(otherAccount.text()).contains(tip.id());
    awaitNothingOwed(anonymous.id(), tip.id());

    // THEN no document and no log line holds both a sender and their anonymous record
    List<String> senders =
        List.of(
            OFFICER,
            officer.identity.key(),
            officer.identity.userId(),
            "Ben Novak",
            tipster.identity.key(),
            tipster.identity.userId(),
            "Jordan Q. Tipster",
            otherAccount.identity.key());
    Report stored = reports.byId(anonymous.id()).orElseThrow();
    Tip storedTip = tips.byId(tip.id()).orElseThrow();
    List<String> anonymousRecords =
        List.of(
            stored.id(),
            stored.intakeKey(),
            stored.receiptHash(),
            caseKey,
            storedTip.id(),
            storedTip.intakeKey(),
            storedTip.receiptHash(),
            tipKey,
            storedTip.photoId());
    for (String text : everything()) {
      if (senders.stream().anyMatch(text::contains)) {
        assertThat(anonymousRecords)
            .as("a sender and an anonymous record together in: %s", text)
            .noneMatch(text::contains);
      }
    }

    // AND the two reports by one person share nothing derived from that person
    Document namedDoc = mongo.findById(named.id(), Document.class, "reports");
    Document anonymousDoc = mongo.findById(anonymous.id(), Document.class, "reports");
    assertThat(anonymousDoc.get("reporterId")).isNull();
    assertThat(anonymousDoc.keySet()).doesNotContain("reporterTag");
    for (String field : List.of("_id", "intakeKey", "reporterId", "reporterContact")) {
      Object value = namedDoc.get(field);
      assertThat(anonymousDoc.toJson()).doesNotContain(String.valueOf(value));
    }
    assertThat(anonymousDoc.getString("reporterContact")).startsWith("sealed:");
    assertThat(mongo.findById(OFFICER, Document.class, "reporter_cases").toJson())
        .contains(named.id())
        .doesNotContain(anonymous.id());
  }

  /** Every stored document as JSON, GridFS file metadata included, then every log line. */
  private List<String> everything() {
    List<String> all = new ArrayList<>();
    for (String collection : mongo.getCollectionNames()) {
      if (collection.endsWith(".chunks")) {
        continue; // file contents; the metadata is in .files
      }
      mongo.findAll(Document.class, collection).forEach(d -> all.add(d.toJson()));
    }
    log.list.forEach(
        e ->
            all.add(
                e.getFormattedMessage()
                    + (e.getThrowableProxy() == null ? "" : e.getThrowableProxy().getMessage())));
    return all;
  }

  private void fileReport(IngressChat chat, String marker, String mode) {
    chat.say("/report");
    chat.say("https://social.example/p/9");
    chat.press("Facebook");
    chat.press("Shows department logos");
    chat.press("Someone else");
    chat.say("@riverton_hot_takes");
    chat.say("A photo in uniform, " + marker);
    chat.press("No files");
    chat.press(mode);
    chat.press("Submit the report");
    assertThat(chat.text()).startsWith("Thank you.");
  }

  private Report caseAbout(String marker) {
    return mongo
        .find(query(where("description").is("A photo in uniform, " + marker)), Report.class)
        .get(0);
  }

  private Tip tipAbout(String receipt) {
    Matcher m = TIP_ID.matcher(receipt);
    assertThat(m.find()).as(receipt).isTrue();
    return tips.byId(m.group()).orElseThrow();
  }

  private static String receiptKeyIn(String text) {
    Matcher m = RECEIPT_KEY.matcher(text);
    assertThat(m.find()).as("a receipt key in: %s", text).isTrue();
    assertThat(CASE_ID.matcher(m.group()).find()).isFalse();
    return m.group();
  }

  /** Until the notifiers have told the handler, the desk, the reporter and the tipster. */
  private void awaitNothingOwed(String caseId, String tipId) {
    await()
        .atMost(Duration.ofSeconds(20))
        .until(
            () -> {
              Report r = reports.byId(caseId).orElseThrow();
              Tip t = tips.byId(tipId).orElseThrow();
              return !r.handlerToNotify()
                  && !r.reporterToNotify()
                  && !t.deskToNotify()
                  && !t.tipsterToNotify();
            });
  }

  private static byte[] png() throws IOException {
    var image = new BufferedImage(40, 30, BufferedImage.TYPE_INT_RGB);
    var out = new ByteArrayOutputStream();
    ImageIO.write(image, "png", out);
    return out.toByteArray();
  }

  private static Logger root() {
    return (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
  }
}
