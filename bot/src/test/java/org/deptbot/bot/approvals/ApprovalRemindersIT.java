package org.deptbot.bot.approvals;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
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
 * A template waiting for approval reminds its approvers, then one level further up the chain each
 * period to the top, each member once per level, by direct message through a recording Telegram
 * stand-in; when nobody but the author may approve it, the author's chain is reminded instead, and
 * when nobody is reached at all, the administrators are told once. The test clock drives the round.
 * Each test has its own database and roster: the City Manager (m-001) is above the Chief (c-001),
 * who is above the Deputy Chief (s-010) and a captain (s-011), both approvers; IT (s-060, an
 * administrator) wrote the template; an approver who left (s-012) and an officer (s-031) are never
 * reminded; a second administrator (s-070) is told only when nobody could be reached.
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
    member("m-001", "City Manager Lee Park", Role.SUPERVISOR, null, true);
    member("c-001", "Chief Raymond Okafor", Role.SUPERVISOR, "m-001", true);
    member("s-010", "Deputy Chief Maria Alvarez", Role.APPROVER, "c-001", true);
    member("s-011", "Capt. Ana Ruiz", Role.APPROVER, "c-001", true);
    member("s-012", "Capt. Retired", Role.APPROVER, "c-001", false);
    member("s-060", "Dana Whitfield (IT)", Role.ADMIN, "s-010", true);
    member("s-070", "Sam Ito (IT)", Role.ADMIN, "c-001", true);
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
  void approversAreRemindedFirstThenOneLevelUpEachPeriodToTheTopAndARestartRepeatsNothing() {
    Template pending = submitted("parade_route", "s-060");
    ApprovalReminderRound round = round();

    // GIVEN nothing before remind-after
    clock.advance(AFTER.minusMinutes(1));
    round.run();
    assertThat(telegram.sent).isEmpty();

    // WHEN it has waited remind-after THEN each approver once, however often the round runs
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
                        "written by Dana Whitfield (IT)",
                        "waited 4 h 0 min",
                        "since Tue 1 Dec, 14:05 CST",
                        "/approvals",
                        "admin console"));
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
                        "waited 8 h 0 min",
                        "since Tue 1 Dec, 14:05 CST",
                        "Deputy Chief Maria Alvarez, Capt. Ana Ruiz"));
    assertThat(telegram.to("m-001")).as("a period later").isEmpty();

    // then the City Manager, the top of the chain, once
    clock.advance(AFTER);
    round().run();
    round().run();
    assertThat(telegram.to("m-001"))
        .singleElement()
        .satisfies(text -> assertThat(text).contains("waited 12 h 0 min"));

    // and nobody more, however long it waits: everyone was reached, so no administrator is told
    clock.advance(Duration.ofDays(2));
    round().run();
    assertThat(telegram.sent).hasSize(4);
    assertThat(telegram.to("s-070")).isEmpty();

    // and the audit log says who was reminded at which level, as the system
    assertThat(auditLog.about("template:" + pending.id()))
        .extracting(
            AuditEntry::action,
            AuditEntry::actor,
            e -> e.details().get("level"),
            e -> e.details().get("to"))
        .containsExactly(
            tuple("template.approval_reminded", "system", "0", "s-010,s-011"),
            tuple("template.approval_reminded", "system", "1", "c-001"),
            tuple("template.approval_reminded", "system", "2", "m-001"));
  }

  @Test
  void whenNobodyButTheAuthorMayApproveItTheAuthorsSupervisorsAreRemindedUpTheChain() {
    // GIVEN the Deputy Chief wrote it and the other approver left
    deactivate("s-011");
    submitted("curfew", "s-010");

    // WHEN it waits THEN the author's supervisor is told first, saying nobody else may approve it
    clock.advance(AFTER);
    round().run();
    assertThat(telegram.to("s-010")).as("the author").isEmpty();
    assertThat(telegram.to("c-001"))
        .singleElement()
        .satisfies(
            text ->
                assertThat(text)
                    .contains(
                        "curfew v1",
                        "written by Deputy Chief Maria Alvarez",
                        "nobody but its author may approve it",
                        "Tue 1 Dec, 14:05 CST"));

    // and a period later the next one up, once each
    clock.advance(AFTER);
    round().run();
    round().run();
    assertThat(telegram.to("m-001")).hasSize(1);
    assertThat(telegram.to("c-001")).hasSize(1);
    assertThat(telegram.sent).hasSize(2);
  }

  @Test
  void whenThereIsNobodyToRemindTheAdministratorsAreToldOnce() {
    // GIVEN the City Manager, at the top, wrote it, and no approver is left
    deactivate("s-010");
    deactivate("s-011");
    submitted("detour", "m-001");

    clock.advance(AFTER);
    round().run();
    round().run();
    clock.advance(AFTER.multipliedBy(5));
    round().run();

    assertThat(telegram.to("s-070"))
        .singleElement()
        .satisfies(
            text ->
                assertThat(text)
                    .contains(
                        "detour v1",
                        "written by City Manager Lee Park",
                        "waited 4 h 0 min",
                        "there is nobody to remind"));
    assertThat(telegram.to("s-060")).hasSize(1);
    assertThat(telegram.sent).hasSize(2);
  }

  @Test
  void withNoAdministratorEitherNothingIsSentAndThatIsNotedOnce() {
    // GIVEN nobody may approve it, nobody is above its author, and no administrator is left
    List.of("s-010", "s-011", "s-060", "s-070").forEach(this::deactivate);
    Template pending = submitted("detour", "m-001");

    clock.advance(AFTER);
    round().run();
    clock.advance(AFTER);
    round().run();

    assertThat(telegram.sent).isEmpty();
    assertThat(reminders.of(pending)).as("the console lists no one").isEmpty();
    assertThat(mongo.getCollection("approval_reminders").countDocuments())
        .as("one claim, so the error is logged once")
        .isEqualTo(1);
  }

  @Test
  void whenNoChatTakesAnyReminderTheAdministratorsAreToldOnceTheTopWasTried() {
    // GIVEN everyone in the chain has blocked the bot
    List.of("s-010", "s-011", "c-001", "m-001").forEach(id -> telegram.refused.add(chatOf(id)));
    submitted("flood_warning", "s-060");

    // WHEN the levels are tried one per period, to the top
    clock.advance(AFTER);
    round().run();
    clock.advance(AFTER);
    round().run();
    clock.advance(AFTER);
    round().run();
    assertThat(telegram.to("s-070")).as("not before the top had its period").isEmpty();

    // THEN a period after the top, the administrators, once, with who could not be reached
    clock.advance(AFTER);
    round().run();
    round().run();
    clock.advance(AFTER);
    round().run();
    assertThat(telegram.to("s-070"))
        .singleElement()
        .satisfies(
            text ->
                assertThat(text)
                    .contains(
                        "flood_warning v1",
                        "waited 16 h 0 min",
                        "Deputy Chief Maria Alvarez, Capt. Ana Ruiz, Chief Raymond Okafor,"
                            + " City Manager Lee Park",
                        "could not be reached"));
    assertThat(telegram.to("s-060")).hasSize(1);
  }

  @Test
  void approvingItBeforeTheSecondPeriodEndsTheReminders() {
    Template pending = submitted("curfew", "s-060");
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
  void aBotThatWasDownRemindsOneLevelPerPeriod() {
    submitted("detour", "s-060");
    clock.advance(AFTER.multipliedBy(3));
    round().run();
    assertThat(telegram.to("s-010")).hasSize(1);
    assertThat(telegram.to("c-001")).isEmpty();

    clock.advance(AFTER);
    round().run();
    assertThat(telegram.to("c-001")).hasSize(1);
    assertThat(telegram.to("m-001")).isEmpty();
  }

  @Test
  void twoBotsRunningTheRoundAtOnceSendEachReminderOnce() {
    submitted("flood_warning", "s-060");
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

  private Template submitted(String key, String author) {
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
            author,
            clock.instant());
    return templates.add(draft.submit(author, clock.instant()));
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

  private void deactivate(String id) {
    StaffMember m = staff.byId(id).orElseThrow();
    staff.save(new StaffMember(m.id(), m.name(), m.roles(), m.supervisorId(), false));
  }

  /** A chat id of digits only, one per staff id: each letter as two digits ("m-001": 722001). */
  private static String chatOf(String staffId) {
    StringBuilder id = new StringBuilder("7");
    staffId
        .chars()
        .forEach(
            c -> {
              if (Character.isDigit(c)) {
                id.append((char) c);
              } else if (Character.isLetter(c)) {
                id.append(Character.toLowerCase(c) - 'a' + 10);
              }
            });
    return id.toString();
  }

  /** Telegram as far as unprompted messages go: keeps each one it is sent. */
  private static final class RecordingTelegram implements ChatAdapter {

    final List<Outgoing.Send> sent = Collections.synchronizedList(new ArrayList<>());
    final Set<String> refused = ConcurrentHashMap.newKeySet();

    @Override
    public SendOutcome sendUnprompted(Outgoing.Send message) {
      if (refused.contains(message.to().chatId())) {
        return new SendOutcome.Refused("blocked");
      }
      return ChatAdapter.super.sendUnprompted(message);
    }

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
