package org.deptbot.bot.approvals;

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
import org.deptbot.bot.chat.ChatAdapter;
import org.deptbot.bot.chat.Incoming;
import org.deptbot.bot.chat.Messages;
import org.deptbot.bot.chat.Outgoing;
import org.deptbot.bot.chat.StaffChats;
import org.deptbot.core.access.Actor;
import org.deptbot.core.access.Authorization;
import org.deptbot.core.audit.AuditEntry;
import org.deptbot.core.audit.AuditLog;
import org.deptbot.core.audit.AuditTrail;
import org.deptbot.core.staff.ChatIdentity;
import org.deptbot.core.staff.ChatLink;
import org.deptbot.core.staff.ChatLinks;
import org.deptbot.core.staff.ChatPlatform;
import org.deptbot.core.staff.Role;
import org.deptbot.core.staff.StaffMember;
import org.deptbot.core.staff.StaffMembers;
import org.deptbot.core.templates.ApprovalReminders;
import org.deptbot.core.templates.NoticeCategory;
import org.deptbot.core.templates.Severity;
import org.deptbot.core.templates.Template;
import org.deptbot.core.templates.TemplateApprovals;
import org.deptbot.core.templates.TemplateVariable;
import org.deptbot.core.templates.Templates;
import org.deptbot.core.templates.TimeShown;
import org.deptbot.core.templates.Urgency;
import org.deptbot.core.templates.VariableType;
import org.deptbot.core.testing.MutableClock;
import org.deptbot.core.testing.TestMongo;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * A template waiting for approval reminds its approvers, then their supervisors, each once, by
 * direct message through a recording Telegram stand-in; the test clock drives the round. Each test
 * has its own database and roster: the Deputy Chief (s-010) and a captain (s-011) approve, both
 * under the Chief (c-001); IT (s-060) wrote the template; an approver who left (s-012) and an
 * officer (s-031) are never reminded.
 */
class ApprovalRemindersIT {

  private static final Instant SUBMITTED = Instant.parse("2026-12-01T20:05:00Z");
  private static final Duration AFTER = Duration.ofHours(4);

  private final MutableClock clock = new MutableClock(SUBMITTED);
  private final MongoTemplate mongo = TestMongo.newDatabase();
  private final StaffMembers staff = new StaffMembers(mongo);
  private final ChatLinks links = new ChatLinks(mongo);
  private final Templates templates = new Templates(mongo);
  private final ApprovalReminders reminders = new ApprovalReminders(mongo);
  private final Authorization authorization = new Authorization();
  private final AuditLog auditLog = new AuditLog(mongo, clock);
  private final RecordingTelegram telegram = new RecordingTelegram();
  private final StaffChats chats = new StaffChats(links, staff, List.of(telegram));
  private final TimeShown times =
      new TimeShown(clock, ZoneId.of("America/Chicago"), TimeShown.bundled());

  {
    auditLog.createIndexes();
    member("c-001", "Chief Raymond Okafor", Role.SUPERVISOR, null, true);
    member("s-010", "Deputy Chief Maria Alvarez", Role.APPROVER, "c-001", true);
    member("s-011", "Capt. Ana Ruiz", Role.APPROVER, "c-001", true);
    member("s-012", "Capt. Retired", Role.APPROVER, "c-001", false);
    member("s-060", "Dana Whitfield (IT)", Role.ADMIN, "s-010", true);
    member("s-031", "Officer Jamie Cole", Role.EMPLOYEE, "s-010", true);
  }

  /** A round as a freshly started bot has it. */
  private ApprovalReminderRound round() {
    ResourceBundleMessageSource source = new ResourceBundleMessageSource();
    source.setBasename("messages");
    source.setDefaultEncoding("UTF-8");
    source.setFallbackToSystemLocale(false);
    return new ApprovalReminderRound(
        templates,
        reminders,
        staff,
        authorization,
        chats,
        new Messages(source, Locale.ENGLISH),
        times,
        new AuditTrail(auditLog),
        clock,
        AFTER);
  }

  @Test
  void approversAreRemindedOnceAfterTheWaitThenTheirSupervisorOnceAndARestartRepeatsNothing() {
    Template pending = submitted("parade_route");
    ApprovalReminderRound round = round();

    // nothing before remind-after
    clock.advance(AFTER.minusMinutes(1));
    round.run();
    assertThat(telegram.sent).isEmpty();

    // then each approver once, however often the round runs
    clock.advance(Duration.ofMinutes(1));
    round.run();
    round.run();
    assertThat(telegram.to("s-010"))
        .singleElement()
        .satisfies(
            text ->
                assertThat(text)
                    .contains(
                        "parade_route v1",
                        "Dana Whitfield (IT)",
                        "Tue 1 Dec, 14:05 CST",
                        "/approvals"));
    assertThat(telegram.to("s-011")).hasSize(1);
    assertThat(telegram.to("s-012")).as("no longer active").isEmpty();
    assertThat(telegram.to("s-060")).as("the author").isEmpty();
    assertThat(telegram.to("c-001")).as("not yet").isEmpty();

    // a restart (a new round) repeats nothing, and the supervisor waits a second period
    clock.advance(AFTER.minusMinutes(1));
    round().run();
    assertThat(telegram.sent).hasSize(2);

    // then the Chief, above both approvers, once
    clock.advance(Duration.ofMinutes(1));
    round().run();
    round().run();
    assertThat(telegram.to("c-001"))
        .singleElement()
        .satisfies(
            text ->
                assertThat(text)
                    .contains(
                        "parade_route v1",
                        "since Tue 1 Dec, 14:05 CST",
                        "Deputy Chief Maria Alvarez, Capt. Ana Ruiz"));
    assertThat(telegram.sent).hasSize(3);
    clock.advance(Duration.ofDays(2));
    round().run();
    assertThat(telegram.sent).hasSize(3);

    // and the audit log says who was reminded, as the system
    assertThat(auditLog.about("template:" + pending.id()))
        .extracting(AuditEntry::action, AuditEntry::actor, e -> e.details().get("to"))
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                "template.approval_reminded", "system", "s-010,s-011"),
            org.assertj.core.groups.Tuple.tuple("template.approval_reminded", "system", "c-001"));
  }

  @Test
  void approvingItBeforeTheSecondPeriodEndsTheReminders() {
    Template pending = submitted("curfew");
    clock.advance(AFTER);
    round().run();
    assertThat(telegram.sent).hasSize(2);

    new TemplateApprovals(templates, authorization, clock)
        .approve(Actor.staff(staff.byId("s-011").orElseThrow(), null), pending.id(), "");
    clock.advance(AFTER.multipliedBy(3));
    round().run();

    assertThat(telegram.sent).hasSize(2);
    assertThat(telegram.to("c-001")).isEmpty();
  }

  @Test
  void aBotThatWasDownRemindsTheApproversFirstAndTheirSupervisorAPeriodLater() {
    submitted("detour");
    clock.advance(AFTER.multipliedBy(3));
    round().run();
    assertThat(telegram.to("s-010")).hasSize(1);
    assertThat(telegram.to("c-001")).isEmpty();

    clock.advance(AFTER);
    round().run();
    assertThat(telegram.to("c-001")).hasSize(1);
  }

  @Test
  void twoBotsRunningTheRoundAtOnceSendEachReminderOnce() {
    submitted("flood_warning");
    clock.advance(AFTER);
    ApprovalReminderRound first = round();
    ApprovalReminderRound second = round();

    CompletableFuture.allOf(
            CompletableFuture.runAsync(first::run), CompletableFuture.runAsync(second::run))
        .join();

    assertThat(telegram.to("s-010")).hasSize(1);
    assertThat(telegram.to("s-011")).hasSize(1);
    assertThat(telegram.sent).hasSize(2);
  }

  private Template submitted(String key) {
    Template draft =
        Template.draft(
            key,
            NoticeCategory.SPECIAL_EVENT,
            "Parade on {{street}}",
            "{{street}} closes for the parade.",
            List.of(TemplateVariable.required("street", "Which street?", VariableType.LOCATION)),
            Severity.MINOR,
            Urgency.FUTURE,
            Duration.ofHours(6),
            List.of(),
            "s-060",
            clock.instant());
    return templates.add(draft.submit("s-060", clock.instant()));
  }

  private void member(String id, String name, Role role, String supervisor, boolean active) {
    staff.save(new StaffMember(id, name, Set.of(role), supervisor, active));
    links.relink(
        ChatLink.of(
            new ChatIdentity(ChatPlatform.TELEGRAM, chatOf(id)),
            id,
            SUBMITTED,
            ChatLink.Source.SEED));
  }

  private static String chatOf(String staffId) {
    return "7" + staffId.replaceAll("\\D", "");
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
