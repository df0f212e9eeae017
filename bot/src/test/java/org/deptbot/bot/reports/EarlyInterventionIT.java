package org.deptbot.bot.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import org.bson.Document;
import org.deptbot.bot.chat.ChatAdapter;
import org.deptbot.bot.chat.Incoming;
import org.deptbot.bot.chat.Messages;
import org.deptbot.bot.chat.Outgoing;
import org.deptbot.bot.chat.StaffChats;
import org.deptbot.core.access.Authorization;
import org.deptbot.core.audit.AuditEntry;
import org.deptbot.core.audit.AuditLog;
import org.deptbot.core.audit.AuditTrail;
import org.deptbot.core.reports.EarlyIntervention;
import org.deptbot.core.reports.Report;
import org.deptbot.core.reports.Reports;
import org.deptbot.core.staff.ChatIdentity;
import org.deptbot.core.staff.ChatLink;
import org.deptbot.core.staff.ChatLinks;
import org.deptbot.core.staff.ChatPlatform;
import org.deptbot.core.staff.Role;
import org.deptbot.core.staff.StaffMember;
import org.deptbot.core.staff.StaffMembers;
import org.deptbot.core.testing.CaseFixtures;
import org.deptbot.core.testing.MutableClock;
import org.deptbot.core.testing.TestMongo;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * Early intervention through a recording Telegram stand-in, the test clock driving the round. Each
 * test has its own database and roster: internal affairs Lt. Ito (ia-1) and Sgt. Ives (ia-2);
 * Officer Cole (o-31) is the subject; Officer Reyes (o-32) reports; Sgt. Sims (sgt) handles.
 */
class EarlyInterventionIT {

  private static final Instant T0 = Instant.parse("2026-02-02T15:00:00Z");
  private static final Duration WINDOW = Duration.ofDays(365);

  private final MutableClock clock = new MutableClock(T0);
  private final MongoTemplate mongo = TestMongo.newDatabase();
  private final StaffMembers staff = new StaffMembers(mongo);
  private final ChatLinks links = new ChatLinks(mongo);
  private final Reports reports = new Reports(mongo, clock);
  private final EarlyIntervention flags = new EarlyIntervention(mongo);
  private final AuditLog auditLog = new AuditLog(mongo, clock);
  private final RecordingTelegram telegram = new RecordingTelegram();
  private final StaffChats chats = new StaffChats(links, staff, List.of(telegram));
  private int next = 1;

  {
    reports.createIndexes();
    auditLog.createIndexes();
    member("ia-1", "Lt. Ito", Role.INTERNAL_AFFAIRS);
    member("ia-2", "Sgt. Ives", Role.INTERNAL_AFFAIRS);
    member("sgt", "Sgt. Sims", Role.SUPERVISOR);
    member("o-31", "Officer Jamie Cole", Role.EMPLOYEE);
    member("o-32", "Officer Pat Reyes", Role.EMPLOYEE);
  }

  /** A round as a freshly started bot has it. */
  private EarlyInterventionRound round() {
    ResourceBundleMessageSource source = new ResourceBundleMessageSource();
    source.setBasename("messages");
    source.setDefaultEncoding("UTF-8");
    source.setFallbackToSystemLocale(false);
    return new EarlyInterventionRound(
        flags,
        staff,
        new Authorization(),
        chats,
        new Messages(source, Locale.ENGLISH),
        new AuditTrail(auditLog),
        clock,
        3,
        WINDOW);
  }

  @Test
  void theThirdCaseTellsInternalAffairsOnceAndAFourthInTheSameWindowTellsNoOne() {
    Report first = aCaseAbout("o-31", false);
    clock.advance(Duration.ofDays(40));
    Report second = aCaseAbout("o-31", true);
    round().run();
    assertThat(telegram.sent).as("two cases: nothing").isEmpty();

    clock.advance(Duration.ofDays(100));
    Report third = aCaseAbout("o-31", false);
    List<Document> before = storedCases();
    round().run();
    round().run();

    for (String ia : List.of("ia-1", "ia-2")) {
      assertThat(telegram.to(ia))
          .singleElement()
          .satisfies(
              text ->
                  assertThat(text)
                      .contains(
                          "Officer Jamie Cole (o-31)",
                          "3 cases",
                          "365 days",
                          first.id() + ", " + second.id() + ", " + third.id(),
                          "advisory")
                      .as("no reporter, nothing of what was reported")
                      .doesNotContain("o-32", "Pat Reyes", "uniform", "Sgt. Sims"));
    }
    assertThat(telegram.to("o-31")).as("never the subject").isEmpty();
    assertThat(telegram.to("sgt")).isEmpty();
    assertThat(storedCases())
        .as("advisory: the cases are as they were, byte for byte")
        .isEqualTo(before);

    assertThat(
            auditLog.about(
                "early-intervention:o-31|" + first.id() + "," + second.id() + "," + third.id()))
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.action()).isEqualTo("case.early_intervention_flagged");
              assertThat(e.actor()).isEqualTo("system");
              assertThat(e.details())
                  .containsEntry("to", "ia-1,ia-2")
                  .containsEntry("subject", "o-31");
            });

    // a fourth in the same window, and a restart: nothing more
    clock.advance(Duration.ofDays(10));
    aCaseAbout("o-31", false);
    round().run();
    assertThat(telegram.sent).hasSize(2);
    assertThat(flags.all()).singleElement().satisfies(f -> assertThat(f.caseIds()).hasSize(3));

    // three more cases none of which was listed: a new set, told once
    aCaseAbout("o-31", false);
    aCaseAbout("o-31", false);
    round().run();
    round().run();
    assertThat(telegram.to("ia-1")).hasSize(2);
    assertThat(telegram.to("ia-1").get(1)).contains("R-2026-000004, R-2026-000005, R-2026-000006");
  }

  @Test
  void casesOlderThanTheWindowDoNotCount() {
    aCaseAbout("o-31", false);
    aCaseAbout("o-31", false);
    clock.advance(WINDOW.plusDays(1));
    aCaseAbout("o-31", false);
    round().run();
    assertThat(telegram.sent).isEmpty();
    assertThat(flags.all()).isEmpty();
  }

  @Test
  void aMemberOfInternalAffairsWhoIsTheSubjectIsNotTold() {
    for (int i = 0; i < 3; i++) {
      aCaseAbout("ia-2", false);
    }
    round().run();
    assertThat(telegram.to("ia-1")).singleElement().asString().contains("Sgt. Ives (ia-2)");
    assertThat(telegram.to("ia-2")).isEmpty();
    assertThat(auditLog.about("early-intervention:" + flags.all().get(0).id()))
        .extracting(AuditEntry::details)
        .singleElement()
        .satisfies(d -> assertThat(d).containsEntry("to", "ia-1"));
  }

  @Test
  void twoBotsRunningTheRoundAtOnceTellOnce() {
    for (int i = 0; i < 3; i++) {
      aCaseAbout("o-31", false);
    }
    EarlyInterventionRound one = round();
    EarlyInterventionRound two = round();
    CompletableFuture.allOf(
            CompletableFuture.runAsync(one::run), CompletableFuture.runAsync(two::run))
        .join();
    assertThat(telegram.to("ia-1")).hasSize(1);
    assertThat(telegram.to("ia-2")).hasSize(1);
  }

  private Report aCaseAbout(String subject, boolean anonymous) {
    String id = "R-2026-%06d".formatted(next++);
    Report r =
        anonymous
            ? CaseFixtures.anonymous(id, subject, "ia-1", clock.instant())
            : CaseFixtures.confidential(id, "o-32", subject, "sgt", clock.instant());
    return reports.submit(r);
  }

  private List<Document> storedCases() {
    return mongo.findAll(Document.class, "reports");
  }

  private void member(String id, String name, Role role) {
    staff.save(new StaffMember(id, name, Set.of(role), null, true));
    links.relink(
        ChatLink.of(
            new ChatIdentity(ChatPlatform.TELEGRAM, chatOf(id)), id, T0, ChatLink.Source.SEED));
  }

  private static String chatOf(String staffId) {
    return "chat-" + staffId;
  }

  /** Telegram as far as unprompted messages go: keeps each one it is sent. */
  private static final class RecordingTelegram implements ChatAdapter {

    final List<Outgoing.Send> sent = Collections.synchronizedList(new ArrayList<>());

    @Override
    public ChatPlatform platform() {
      return ChatPlatform.TELEGRAM;
    }

    @Override
    public void deliver(Incoming cause, List<Outgoing> replies) {
      replies.forEach(r -> sent.add((Outgoing.Send) r));
    }

    List<String> to(String staffId) {
      synchronized (sent) {
        return sent.stream()
            .filter(s -> s.to().chatId().equals(chatOf(staffId)))
            .map(s -> s.text().plainText())
            .toList();
      }
    }
  }
}
