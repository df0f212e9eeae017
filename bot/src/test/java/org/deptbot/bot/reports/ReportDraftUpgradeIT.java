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
import org.deptbot.core.reports.Confidentiality;
import org.deptbot.core.reports.ReceiptKeys;
import org.deptbot.core.reports.Report;
import org.deptbot.core.reports.ReporterSeal;
import org.deptbot.core.staff.ChatLink;
import org.deptbot.core.staff.ChatLinks;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoOperations;

/**
 * A report draft stored by the bot before drafts were typed (a sealed string map) is finished after
 * the upgrade as if nothing happened; a draft stored now is one typed sub-document inside the seal,
 * with the same tag of its intake outside it.
 */
@BotIntegrationTest
class ReportDraftUpgradeIT {

  private static final Pattern RECEIPT_KEY = Pattern.compile("[0-9A-Z]{4}(-[0-9A-Z]{4}){4}");

  /**
   * Officer Luis Ortega, as in ReportReceiptIT: its three reports and this one stay under the five
   * an hour a reporter may send.
   */
  private static final String OFFICER = "s-032";

  @Autowired ChatIngress ingress;
  @Autowired Conversations conversations;
  @Autowired ChatLinks links;
  @Autowired MongoOperations mongo;
  @Autowired ReporterSeal seal;
  @Autowired Clock clock;

  private IngressChat chat;

  @BeforeEach
  void setUp() {
    chat = new IngressChat(ingress, "upgrade-" + UUID.randomUUID(), "Luis Ortega");
    links.relink(ChatLink.of(chat.identity, OFFICER, clock.instant(), ChatLink.Source.TRAINING));
  }

  @Test
  void aDraftStoredAsTheOldStringMapIsSubmittedAfterTheUpgradeWithItsReceiptKey() {
    String marker = "upgrade test " + UUID.randomUUID();
    fillInAReport(marker);

    // the draft as stored now: typed, sealed, its intake tagged outside the seal
    Document stored = mongo.findById(conversationId(), Document.class, "conversations");
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
    mongo.save(
        new Document("_id", conversationId())
            .append(
                "sealed",
                seal.seal(
                    new Document("flow", "report")
                        .append("step", "review")
                        .append("data", new Document(old))
                        .toJson()))
            .append("expiresAt", Date.from(clock.instant().plus(Duration.ofMinutes(30))))
            .append("holds", List.of(seal.tag("held|intake|" + draft.intakeKey()))),
        "conversations");
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

  private String conversationId() {
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
