package org.deptbot.bot.notices;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;
import org.deptbot.bot.TestSealKey;
import org.deptbot.bot.chat.Button;
import org.deptbot.bot.chat.ButtonAction;
import org.deptbot.bot.chat.ButtonActions;
import org.deptbot.bot.chat.ChatAdapter;
import org.deptbot.bot.chat.Incoming;
import org.deptbot.bot.chat.Messages;
import org.deptbot.bot.chat.Outgoing;
import org.deptbot.bot.chat.SendOutcome;
import org.deptbot.bot.chat.StaffChats;
import org.deptbot.core.access.Actor;
import org.deptbot.core.access.Authorization;
import org.deptbot.core.audit.AuditEntry;
import org.deptbot.core.audit.AuditLog;
import org.deptbot.core.audit.AuditTrail;
import org.deptbot.core.department.Departments;
import org.deptbot.core.notices.Guardrails;
import org.deptbot.core.notices.Notice;
import org.deptbot.core.notices.NoticeDesk;
import org.deptbot.core.notices.NoticeDrafts;
import org.deptbot.core.notices.NoticeMode;
import org.deptbot.core.notices.NoticeOutcome;
import org.deptbot.core.notices.NoticeTexts;
import org.deptbot.core.notices.Notices;
import org.deptbot.core.notices.ReviewOutcome;
import org.deptbot.core.reports.ReporterSeal;
import org.deptbot.core.staff.ChatIdentity;
import org.deptbot.core.staff.ChatLink;
import org.deptbot.core.staff.ChatLinks;
import org.deptbot.core.staff.ChatPlatform;
import org.deptbot.core.staff.Role;
import org.deptbot.core.staff.StaffMember;
import org.deptbot.core.staff.StaffMembers;
import org.deptbot.core.templates.NoticeCategory;
import org.deptbot.core.templates.Severity;
import org.deptbot.core.templates.Templates;
import org.deptbot.core.templates.TimeShown;
import org.deptbot.core.testing.MutableClock;
import org.deptbot.core.testing.TestMongo;
import org.deptbot.core.zones.Zones;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * An emergency issue's review in chat, through a recording Telegram stand-in that gives each
 * message an id: the dispatch supervisor (s-055) posts one, each approver gets one card with the
 * text, who, why and "review by" in the department's zone; the first review redraws the other cards
 * to say who reviewed it. Unreviewed, it is escalated up the approvers' chain one level per period,
 * once per level, driven by the test clock. Roster: the Chief (c-001) above a commander (s-005)
 * above the two approvers (s-010, s-011); s-055 under s-005.
 */
class EmergencyReviewsIT {

  private static final Instant T0 = Instant.parse("2026-12-02T09:10:00Z"); // 03:10 CST
  private static final Duration WITHIN = Duration.ofMinutes(30);

  private final MutableClock clock = new MutableClock(T0);
  private final MongoTemplate mongo = TestMongo.newDatabase();
  private final StaffMembers staff = new StaffMembers(mongo);
  private final ChatLinks links = new ChatLinks(mongo);
  private final Notices notices = new Notices(mongo, clock);
  private final Authorization authorization = new Authorization();
  private final AuditLog auditLog = new AuditLog(mongo, clock);
  private final RecordingTelegram telegram = new RecordingTelegram();
  private final StaffChats chats = new StaffChats(links, staff, List.of(telegram));
  private final TimeShown times =
      new TimeShown(clock, ZoneId.of("America/Chicago"), TimeShown.bundled());
  private final ButtonActions buttons =
      new ButtonActions(mongo, ReporterSeal.fromBase64(TestSealKey.BASE64), clock);
  private final NoticeDesk desk =
      new NoticeDesk(
          new NoticeDrafts(mongo, notices, clock),
          notices,
          new Templates(mongo),
          authorization,
          new AuditTrail(auditLog),
          clock,
          new Zones(mongo),
          Guardrails.defaults(),
          new NoticeTexts(new Departments(mongo), TimeShown.bundled(), times),
          TimeShown.bundled(),
          new NoticeDesk.EmergencyTerms(WITHIN, Duration.ofHours(12)));

  {
    auditLog.createIndexes();
    buttons.createIndexes();
    member("c-001", "Chief Raymond Okafor", Role.SUPERVISOR, null);
    member("s-005", "Commander Lee Park", Role.SUPERVISOR, "c-001");
    member("s-010", "Deputy Chief Maria Alvarez", Role.APPROVER, "s-005");
    member("s-011", "Capt. Ana Ruiz", Role.APPROVER, "s-005");
    member("s-055", "Sgt. Marcus Hale", Role.DISPATCH_SUPERVISOR, "s-005");
    member("s-050", "Dispatcher Kim Lo", Role.DISPATCHER, "s-055");
  }

  /** The review cards and rounds as a freshly started bot has them. */
  private EmergencyReviews reviews() {
    ResourceBundleMessageSource source = new ResourceBundleMessageSource();
    source.setBasenames("messages", "notice-posts");
    source.setDefaultEncoding("UTF-8");
    source.setFallbackToSystemLocale(false);
    return new EmergencyReviews(
        notices,
        staff,
        authorization,
        chats,
        buttons,
        mongo,
        new Messages(source, Locale.ENGLISH),
        times,
        new AuditTrail(auditLog),
        clock,
        WITHIN);
  }

  @Test
  void everyApproverGetsACardAndTheFirstReviewRedrawsTheOthers() {
    Notice notice = issue("Gas leak on Elm St. Stay indoors and keep windows shut.");

    reviews().sendCards();
    reviews().sendCards(); // sent once, however often the round runs

    assertThat(telegram.sentTo("s-010"))
        .singleElement()
        .satisfies(
            card -> {
              assertThat(card.text().plainText())
                  .contains(
                      notice.id(),
                      "Gas leak on Elm St.",
                      "Sgt. Marcus Hale",
                      "Wed 2 Dec, 03:10 CST",
                      "Why: Chemical plant leak; no template covers it",
                      "Review by 03:40 CST");
              assertThat(labels(card))
                  .containsExactly("Looks right", "Update", "Cancel notice", "Make it a template");
              assertThat(actionOf(card.buttons().get(0).get(0), "s-010"))
                  .isEqualTo(ButtonAction.command("emergency_review", notice.id(), "ok"));
            });
    assertThat(telegram.sentTo("s-011")).hasSize(1);
    assertThat(telegram.sentTo("s-055")).as("the issuer reviews nothing").isEmpty();
    assertThat(telegram.sentTo("s-050")).as("not an approver").isEmpty();
    assertThat(telegram.sentTo("s-005")).as("not yet").isEmpty();

    clock.advance(Duration.ofMinutes(7));
    assertThat(desk.review(approver("s-010"), notice.id()))
        .isInstanceOf(ReviewOutcome.Reviewed.class);
    reviews().redrawReviewed();
    reviews().redrawReviewed(); // once

    assertThat(telegram.editsTo("s-011"))
        .singleElement()
        .satisfies(
            edit -> {
              assertThat(edit.text().plainText())
                  .contains("Reviewed by Deputy Chief Maria Alvarez at Wed 2 Dec, 03:17 CST")
                  .doesNotContain("Review by 03:40");
              assertThat(edit.buttons()).isEmpty();
              assertThat(edit.messageId())
                  .isEqualTo(telegram.idOf(telegram.sentTo("s-011").get(0)));
            });
    assertThat(telegram.editsTo("s-010")).hasSize(1);
    assertThat(desk.review(approver("s-011"), notice.id()))
        .isInstanceOf(ReviewOutcome.AlreadyReviewed.class);

    // reviewed: never escalated
    clock.advance(WITHIN.multipliedBy(3));
    assertThat(reviews().escalate().escalated()).isZero();
    assertThat(telegram.sentTo("s-005")).isEmpty();
  }

  @Test
  void anUnreviewedNoticeGoesUpTheChainOneLevelPerPeriodOncePerLevelAcrossRestarts() {
    Notice notice = issue("Gas leak on Elm St.");
    reviews().sendCards();

    clock.advance(WITHIN.minusMinutes(1));
    assertThat(reviews().escalate().escalated()).isZero();
    assertThat(telegram.sentTo("s-005")).isEmpty();

    // due: the approvers' supervisor, once, however many rounds or restarts
    clock.advance(Duration.ofMinutes(1));
    assertThat(reviews().escalate().escalated()).isEqualTo(1);
    assertThat(reviews().escalate().escalated()).isZero();
    assertThat(telegram.sentTo("s-005"))
        .singleElement()
        .satisfies(
            m ->
                assertThat(m.text().plainText())
                    .contains(
                        notice.id(),
                        "Sgt. Marcus Hale",
                        "03:40 CST",
                        "Deputy Chief Maria Alvarez, Capt. Ana Ruiz"));
    assertThat(telegram.sentTo("c-001")).as("the next level waits a period").isEmpty();
    assertThat(audited(notice.id(), "notice.emergency_review_escalated"))
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.details()).containsEntry("level", "1").containsEntry("to", "s-005");
              assertThat(e.actor()).contains("system");
            });

    // a period later: the Chief, once
    clock.advance(WITHIN);
    assertThat(reviews().escalate().escalated()).isEqualTo(1);
    assertThat(reviews().escalate().escalated()).isZero();
    assertThat(telegram.sentTo("c-001")).hasSize(1);
    assertThat(telegram.sentTo("s-005")).hasSize(1);

    // nobody above the Chief: it stays there
    clock.advance(WITHIN.multipliedBy(4));
    assertThat(reviews().escalate().escalated()).isZero();
    assertThat(audited(notice.id(), "notice.emergency_review_escalated")).hasSize(2);
  }

  @Test
  void twoBotsEscalatingAtOnceTellTheLevelOnce() {
    Notice notice = issue("Gas leak on Elm St.");
    clock.advance(WITHIN);
    EmergencyReviews first = reviews();
    EmergencyReviews second = reviews();

    CompletableFuture.allOf(
            CompletableFuture.runAsync(first::escalate),
            CompletableFuture.runAsync(second::escalate))
        .join();

    assertThat(telegram.sentTo("s-005")).hasSize(1);
    assertThat(audited(notice.id(), "notice.emergency_review_escalated")).hasSize(1);
  }

  private Notice issue(String text) {
    NoticeOutcome outcome =
        desk.emergencyIssue(
            approver("s-055"),
            new NoticeDesk.EmergencyIssue(
                "draft-" + text.hashCode(),
                NoticeCategory.WEATHER_EMERGENCY,
                Severity.SEVERE,
                text,
                "Chemical plant leak; no template covers it",
                List.of("tg-alerts"),
                NoticeMode.LIVE,
                List.of(),
                false));
    return ((NoticeOutcome.Stored) outcome).notice();
  }

  private Actor approver(String id) {
    return Actor.staff(staff.byId(id).orElseThrow(), null);
  }

  private List<AuditEntry> audited(String noticeId, String action) {
    return auditLog.about("notice:" + noticeId).stream()
        .filter(e -> e.action().equals(action))
        .toList();
  }

  private ButtonAction actionOf(Button button, String staffId) {
    return buttons
        .actionFor(button.id(), new ChatIdentity(ChatPlatform.TELEGRAM, chatOf(staffId)))
        .orElseThrow();
  }

  private static List<String> labels(Outgoing.Send card) {
    return card.buttons().stream().flatMap(List::stream).map(Button::label).toList();
  }

  private void member(String id, String name, Role role, String supervisor) {
    staff.save(new StaffMember(id, name, Set.of(role), supervisor, true));
    links.relink(
        ChatLink.of(
            new ChatIdentity(ChatPlatform.TELEGRAM, chatOf(id)), id, T0, ChatLink.Source.SEED));
  }

  private static String chatOf(String staffId) {
    return "7" + staffId.replaceAll("\\D", "");
  }

  /** Telegram as far as cards go: keeps each message and edit, and numbers each message sent. */
  private static final class RecordingTelegram implements ChatAdapter {

    final List<Outgoing> sent = Collections.synchronizedList(new ArrayList<>());
    final List<String> ids = Collections.synchronizedList(new ArrayList<>());
    final AtomicInteger next = new AtomicInteger();

    @Override
    public ChatPlatform platform() {
      return ChatPlatform.TELEGRAM;
    }

    @Override
    public void deliver(Incoming cause, List<Outgoing> replies) {
      replies.forEach(this::keep);
    }

    @Override
    public SendOutcome sendUnprompted(Outgoing.Send message) {
      return new SendOutcome.Delivered(keep(message));
    }

    private synchronized String keep(Outgoing message) {
      String id = String.valueOf(next.incrementAndGet());
      sent.add(message);
      ids.add(id);
      return id;
    }

    synchronized String idOf(Outgoing message) {
      return ids.get(sent.indexOf(message));
    }

    synchronized List<Outgoing.Send> sentTo(String staffId) {
      return sent.stream()
          .filter(m -> m instanceof Outgoing.Send)
          .map(m -> (Outgoing.Send) m)
          .filter(s -> s.to().chatId().equals(chatOf(staffId)))
          .toList();
    }

    synchronized List<Outgoing.Edit> editsTo(String staffId) {
      return sent.stream()
          .filter(m -> m instanceof Outgoing.Edit)
          .map(m -> (Outgoing.Edit) m)
          .filter(e -> e.to().chatId().equals(chatOf(staffId)))
          .toList();
    }
  }
}
