package org.deptbot.bot.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.data.mongodb.core.query.Criteria.where;
import static org.springframework.data.mongodb.core.query.Query.query;

import java.time.Clock;
import java.time.Duration;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.bson.Document;
import org.deptbot.bot.BotIntegrationTest;
import org.deptbot.bot.chat.ChatIngress;
import org.deptbot.bot.chat.Conversations;
import org.deptbot.core.notices.Notice;
import org.deptbot.core.notices.NoticeMode;
import org.deptbot.core.notices.Notices;
import org.deptbot.core.reports.Confidentiality;
import org.deptbot.core.reports.ReceiptKeys;
import org.deptbot.core.reports.Report;
import org.deptbot.core.reports.ReporterSeal;
import org.deptbot.core.staff.ChatLink;
import org.deptbot.core.staff.ChatLinks;
import org.deptbot.core.testing.NoticeNumbers;
import org.deptbot.core.testing.TestPictures;
import org.deptbot.core.tips.Tip;
import org.deptbot.core.tips.Tips;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoOperations;

/**
 * A draft stored by the bot before drafts were typed (a sealed string map) is finished after the
 * upgrade as if nothing happened: a report, a notice and a tip with a photo. A draft stored now is
 * one typed sub-document inside the seal, with the same tags of its intake and photo outside it.
 */
@BotIntegrationTest
class DraftUpgradeIT {

  private static final Pattern RECEIPT_KEY = Pattern.compile("[0-9A-Z]{4}(-[0-9A-Z]{4}){4}");

  /**
   * Officer Luis Ortega, as in ReportReceiptIT: its three reports and this one stay under the five
   * an hour a reporter may send.
   */
  private static final String OFFICER = "s-032";

  private static final String DISPATCHER = "s-050";

  @Autowired ChatIngress ingress;
  @Autowired Conversations conversations;
  @Autowired ChatLinks links;
  @Autowired MongoOperations mongo;
  @Autowired ReporterSeal seal;
  @Autowired Clock clock;
  @Autowired Notices notices;
  @Autowired Tips tips;

  private IngressChat chat;

  @BeforeEach
  void setUp() {
    // other classes in this shared context report as the same officer: this class's reports must
    // not meet the hour's limit they used up
    mongo.remove(new org.springframework.data.mongodb.core.query.Query(), "submission_limits");
    chat = new IngressChat(ingress, "upgrade-" + UUID.randomUUID(), "Luis Ortega");
    links.relink(ChatLink.of(chat.identity, OFFICER, clock.instant(), ChatLink.Source.TRAINING));
  }

  @Test
  void aDraftStoredAsTheOldStringMapIsSubmittedAfterTheUpgradeWithItsReceiptKey() {
    String marker = "upgrade test " + UUID.randomUUID();
    fillInAReport(marker);

    // the draft as stored now: typed, sealed, its intake tagged outside the seal
    Document stored =
        mongo.findById(conversations.storedName(chat.identity), Document.class, "conversations");
    assertThat(stored.keySet()).containsExactlyInAnyOrder("_id", "sealed", "expiresAt", "holds");
    assertThat(stored.toJson()).doesNotContain(marker).doesNotContain("https://social.example");
    Document plain = Document.parse(seal.open(stored.getString("sealed")));
    assertThat(plain).doesNotContainKey("data");
    Document typed = plain.get("draft", Document.class);
    assertThat(typed)
        .containsEntry("v", 1)
        .containsEntry("kind", "report")
        .containsEntry("links", List.of("https://social.example/p/1"))
        .containsEntry("confidentiality", "ANONYMOUS");
    ReportDraft draft = ReportDraft.fromDocument(typed);
    assertThat(conversations.holds("intake", draft.intakeKey())).isTrue();

    // GIVEN the same draft as the bot stored it before drafts were typed
    Map<String, String> old = new LinkedHashMap<>();
    old.put("intake", draft.intakeKey());
    old.put("receipt", draft.receiptKey());
    old.put("links", String.join(" ", draft.links()));
    old.put("platform", draft.platform().name());
    old.put("clause", draft.clause().name());
    old.put("subjectText", draft.subjectText());
    old.put("description", draft.description());
    old.put("confidentiality", draft.confidentiality().name());
    storeTheOldWay("report", "review", old, List.of(seal.tag("held|intake|" + draft.intakeKey())));
    assertThat(conversations.holds("intake", draft.intakeKey())).isTrue();

    // WHEN the reporter presses Submit after the upgrade
    chat.press("Submit the report");

    // THEN the case holds what the old draft held, and the receipt key is the one made with it
    List<Report> cases =
        mongo.find(query(where("description").is("A photo in uniform, " + marker)), Report.class);
    assertThat(cases).hasSize(1);
    Report report = cases.get(0);
    assertThat(report.links()).containsExactly("https://social.example/p/1");
    assertThat(report.confidentiality()).isEqualTo(Confidentiality.ANONYMOUS);
    Matcher key = RECEIPT_KEY.matcher(chat.text());
    assertThat(key.find()).isTrue();
    assertThat(key.group()).isEqualTo(draft.receiptKey());
    assertThat(report.receiptHash()).isEqualTo(ReceiptKeys.hash(draft.receiptKey()));
    assertThat(conversations.current(chat.identity)).isEmpty();
  }

  @Test
  void aNoticeDraftStoredAsTheOldStringMapIsConfirmedAfterTheUpgradeAsDrafted() {
    links.relink(ChatLink.of(chat.identity, DISPATCHER, clock.instant(), ChatLink.Source.TRAINING));
    String street = "Elm St " + UUID.randomUUID().toString().substring(0, 8);
    chat.say("/notice road_closure street=\"" + street + "\" reason=\"due to a crash\"");
    chat.press("Exercise / test");
    assertThat(chat.text()).contains(street);
    Document typed = sealedDraft();
    assertThat(typed)
        .containsEntry("v", 1)
        .containsEntry("kind", "notice")
        .containsEntry("action", "ISSUE")
        .containsEntry("mode", "EXERCISE");
    assertThat(typed.getList("targets", String.class)).isNotEmpty();

    // GIVEN the same draft as the bot stored it before drafts were typed
    Map<String, String> old = new LinkedHashMap<>();
    old.put("kind", typed.getString("action"));
    old.put("template", typed.getString("template"));
    old.put("draft", typed.getString("draftId"));
    old.put("mode", typed.getString("mode"));
    old.put("targets", String.join(",", typed.getList("targets", String.class)));
    for (Document answer : typed.getList("answers", Document.class)) {
      old.put("v-" + answer.getString("blank"), answer.getString("value"));
      if (answer.getDate("until") != null) {
        old.put("t-" + answer.getString("blank"), answer.getDate("until").toInstant().toString());
      }
    }
    storeTheOldWay("notice", "preview", old, List.of());

    // WHEN the dispatcher confirms after the upgrade
    chat.press("Confirm: post EXERCISE");

    // THEN the notice is the one drafted, issued once under the draft's id
    Notice notice = notices.byId(NoticeNumbers.in(chat.text())).orElseThrow();
    assertThat(notice.mode()).isEqualTo(NoticeMode.EXERCISE);
    assertThat(notice.targets()).isEqualTo(typed.getList("targets", String.class));
    assertThat(notice.latest().values())
        .containsEntry("street", street)
        .containsEntry("reason", "due to a crash");
    assertThat(conversations.current(chat.identity)).isEmpty();
  }

  @Test
  void aTipDraftStoredAsTheOldStringMapKeepsItsPhotoAndIsSentAfterTheUpgrade() {
    IngressChat tipster =
        new IngressChat(ingress, "upgrade-tipster-" + UUID.randomUUID(), "Member of the public");
    chat = tipster;
    String text = "Seen the van behind the laundromat " + UUID.randomUUID();
    tipster.say("/tip");
    tipster.say(text);
    tipster.sendFile("van.png", "image/png", TestPictures.png(6, 6));
    tipster.press("Stay anonymous");
    assertThat(tipster.text()).contains(text);
    Document typed = sealedDraft();
    assertThat(typed).containsEntry("v", 1).containsEntry("kind", "tip");
    String photo = typed.getString("photo");
    String intake = typed.getString("intake");
    assertThat(photo).isNotNull();
    assertThat(conversations.holds("photo", photo)).isTrue();
    assertThat(conversations.holds("intake", intake)).isTrue();

    // GIVEN the same draft as the bot stored it before drafts were typed, with its old tags
    Map<String, String> old = new LinkedHashMap<>();
    old.put("intake", intake);
    old.put("receipt", typed.getString("receipt"));
    old.put("text", typed.getString("text"));
    old.put("photo", photo);
    storeTheOldWay(
        "tip",
        "review",
        old,
        List.of(seal.tag("held|intake|" + intake), seal.tag("held|photo|" + photo)));
    assertThat(conversations.holds("photo", photo)).as("the purge still spares it").isTrue();

    // WHEN the tipster sends it after the upgrade
    tipster.press("Send the tip");

    // THEN the tip holds the text and the photo of the old draft
    Tip tip = tips.byIntakeKey(intake).orElseThrow();
    assertThat(tip.text()).isEqualTo(text);
    assertThat(tip.photoId()).isEqualTo(photo);
    assertThat(tip.receiptHash()).isEqualTo(ReceiptKeys.hash(typed.getString("receipt")));
  }

  /** The draft the person's conversation holds now, out of its seal. */
  private Document sealedDraft() {
    Document stored =
        mongo.findById(conversations.storedName(chat.identity), Document.class, "conversations");
    return Document.parse(seal.open(stored.getString("sealed"))).get("draft", Document.class);
  }

  /** Stores the person's conversation as the bot did before drafts were typed. */
  private void storeTheOldWay(
      String flow, String step, Map<String, String> data, List<String> holds) {
    Document stored =
        new Document("_id", nameBeforePeriods())
            .append(
                "sealed",
                seal.seal(
                    new Document("flow", flow)
                        .append("step", step)
                        .append("data", new Document(data))
                        .toJson()))
            .append("expiresAt", Date.from(clock.instant().plus(Duration.ofMinutes(30))));
    if (!holds.isEmpty()) {
      stored.append("holds", holds);
    }
    mongo.save(stored, "conversations");
  }

  /** The name versions before 2026-12-03 gave a person's flow, one for good. */
  private String nameBeforePeriods() {
    return seal.tag("conversation|" + chat.identity.key());
  }

  private void fillInAReport(String marker) {
    chat.say("/report");
    chat.say("https://social.example/p/1");
    chat.press("Facebook");
    chat.press("Shows department logos");
    chat.press("Someone else");
    chat.say("@riverton_hot_takes");
    chat.say("A photo in uniform, " + marker);
    chat.press("No files");
    chat.press("Anonymous");
    assertThat(chat.text()).contains("Please check your report");
  }
}
