package org.deptbot.bot.notices;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.bson.Document;
import org.deptbot.bot.chat.Button;
import org.deptbot.bot.chat.ButtonAction;
import org.deptbot.bot.chat.ButtonActions;
import org.deptbot.bot.chat.Messages;
import org.deptbot.bot.chat.Outgoing;
import org.deptbot.bot.chat.RichText;
import org.deptbot.bot.chat.SendOutcome;
import org.deptbot.bot.chat.SentCards;
import org.deptbot.bot.chat.StaffChats;
import org.deptbot.core.access.Actor;
import org.deptbot.core.access.Authorization;
import org.deptbot.core.access.Permission;
import org.deptbot.core.audit.AuditTrail;
import org.deptbot.core.notices.Emergency;
import org.deptbot.core.notices.Notice;
import org.deptbot.core.notices.Notices;
import org.deptbot.core.staff.ChainOfCommand;
import org.deptbot.core.staff.ChatIdentity;
import org.deptbot.core.staff.StaffMember;
import org.deptbot.core.staff.StaffMembers;
import org.deptbot.core.templates.TimeShown;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.mongodb.core.MongoOperations;

/**
 * The review of emergency issues in chat. Every approver (a member who may approve templates, not
 * the issuer) gets a card at once with the text, who posted it and why, the time to review it by,
 * and Looks right, Update, Cancel notice and Make it a template; the cards owed are an intent in
 * the notice ({@code emergency.cardsOwed}), sent by the round and then cleared, so a crash loses
 * none. Once someone reviewed it, every card is redrawn to say who and when, without buttons
 * ({@code emergency_cards}, as case cards). A notice still unreviewed at its due time is escalated
 * one level up the approvers' chain per period, once per level: the level is moved in one
 * conditional write ({@link Notices#emergencyEscalated}) before anyone is told, audited {@code
 * notice.emergency_review_escalated}.
 */
class EmergencyReviews {

  static final String CARDS = "emergency_cards";
  static final String COMMAND = "emergency_review";

  private static final Logger log = LoggerFactory.getLogger(EmergencyReviews.class);

  private final Notices notices;
  private final StaffMembers staff;
  private final Authorization authorization;
  private final StaffChats chats;
  private final ButtonActions buttons;
  private final SentCards cards;
  private final MongoOperations mongo;
  private final Messages messages;
  private final TimeShown times;
  private final AuditTrail audit;
  private final Clock clock;
  private final Duration period;

  EmergencyReviews(
      Notices notices,
      StaffMembers staff,
      Authorization authorization,
      StaffChats chats,
      ButtonActions buttons,
      MongoOperations mongo,
      Messages messages,
      TimeShown times,
      AuditTrail audit,
      Clock clock,
      Duration period) {
    this.notices = notices;
    this.staff = staff;
    this.authorization = authorization;
    this.chats = chats;
    this.buttons = buttons;
    this.cards = new SentCards(mongo, CARDS);
    this.mongo = mongo;
    this.messages = messages;
    this.times = times;
    this.audit = audit;
    this.clock = clock;
    this.period = period;
  }

  /** Sends the review cards owed, then redraws the cards of notices reviewed since. */
  void sendCards() {
    for (Notice notice : notices.emergenciesOwingCards()) {
      try {
        if (!notice.emergency().reviewed()) {
          for (StaffMember approver : approvers(notice)) {
            send(notice, approver);
          }
        }
        notices.emergencyCardsSent(notice.id());
      } catch (RuntimeException failed) {
        log.error("Review cards of {} not sent yet: {}", notice.id(), failed.toString());
      }
    }
    redrawReviewed();
  }

  /** Redraws, once, the cards of every notice with cards out that someone has reviewed. */
  void redrawReviewed() {
    for (Document d : mongo.findAll(Document.class, CARDS)) {
      String id = d.getString("_id");
      notices
          .byId(id)
          .filter(n -> n.emergencyIssue() && n.emergency().reviewed())
          .ifPresent(n -> cards.redraw(id, 2, true, text(n), card -> List.of(), chats));
    }
  }

  /** What a round of escalation did: how many notices went one level up. */
  record Result(int escalated) {}

  /**
   * Escalates each unreviewed emergency issue whose time for the current level has passed: level
   * {@code n} is due {@code n} periods after the review was due. One level per notice per round; a
   * notice with no one left above stays where it is.
   */
  Result escalate() {
    Instant now = clock.instant();
    int escalated = 0;
    for (Notice notice : notices.emergenciesUnreviewed()) {
      try {
        Emergency e = notice.emergency();
        int level = e.escalations();
        Instant due = e.reviewDueAt().plus(period.multipliedBy(level));
        if (now.isBefore(due)) {
          continue;
        }
        List<StaffMember> above = levelAbove(notice, level + 1);
        if (above.isEmpty() || !notices.emergencyEscalated(notice.id(), level)) {
          continue;
        }
        audit.system(
            "notice.emergency_review_escalated",
            "notice:" + notice.id(),
            "level",
            String.valueOf(level + 1),
            "to",
            String.join(",", above.stream().map(StaffMember::id).toList()));
        RichText text =
            messages.plain(
                "emergency.escalated",
                notice.id(),
                nameOf(notice.issuedBy()),
                times.stamp(notice.revisions().get(0).at()),
                times.deadline(e.reviewDueAt()),
                String.join(", ", approvers(notice).stream().map(StaffMember::name).toList()));
        for (StaffMember member : above) {
          chats.sendToMember(
              member.id(),
              identity ->
                  new Outgoing.Send(StaffChats.privateChat(identity), text, List.of(), null));
        }
        escalated++;
      } catch (RuntimeException failed) {
        log.error("Escalation of {} skipped: {}", notice.id(), failed.toString());
      }
    }
    return new Result(escalated);
  }

  /**
   * The members {@code level} steps above the approvers in the chain (1: each approver's nearest
   * active supervisor who is neither an approver nor the issuer), in roster order.
   */
  List<StaffMember> levelAbove(Notice notice, int level) {
    List<StaffMember> roster = staff.all();
    List<StaffMember> approvers = approvers(notice);
    ChainOfCommand chain = new ChainOfCommand(roster);
    Map<String, StaffMember> found = new LinkedHashMap<>();
    for (StaffMember approver : approvers) {
      List<StaffMember> up =
          chain.above(approver.id()).stream()
              .filter(StaffMember::active)
              .filter(m -> !m.id().equals(notice.issuedBy()))
              .filter(m -> approvers.stream().noneMatch(a -> a.id().equals(m.id())))
              .toList();
      if (up.size() >= level) {
        found.putIfAbsent(up.get(level - 1).id(), up.get(level - 1));
      }
    }
    return List.copyOf(found.values());
  }

  /** The active members who may review it: those who approve templates, the issuer aside. */
  List<StaffMember> approvers(Notice notice) {
    return staff.all().stream()
        .filter(StaffMember::active)
        .filter(m -> !m.id().equals(notice.issuedBy()))
        .filter(m -> authorization.permits(Actor.staff(m, null), Permission.APPROVE_TEMPLATE))
        .toList();
  }

  private void send(Notice notice, StaffMember approver) {
    RichText text = text(notice);
    List<StaffChats.Reach> reached =
        chats.sendToMember(
            approver.id(),
            identity ->
                new Outgoing.Send(
                    StaffChats.privateChat(identity), text, reviewButtons(notice, identity), null));
    for (StaffChats.Reach reach : reached) {
      if (reach.outcome() instanceof SendOutcome.Delivered delivered) {
        cards.add(
            notice.id(),
            1,
            new SentCards.Card(approver.id(), reach.chat(), delivered.messageId(), null));
      }
    }
    if (reached.stream().noneMatch(r -> r.outcome() instanceof SendOutcome.Delivered)) {
      log.warn("Review card of {} did not reach {} in chat", notice.id(), approver.id());
    }
  }

  private List<List<Button>> reviewButtons(Notice notice, ChatIdentity identity) {
    String id = notice.id();
    return List.of(
        List.of(
            buttons.create(
                identity,
                messages.get("emergency.button.looks-right"),
                ButtonAction.command(COMMAND, id, "ok")),
            buttons.create(
                identity,
                messages.get("notice.button.update"),
                ButtonAction.command(COMMAND, id, "update"))),
        List.of(
            buttons.create(
                identity,
                messages.get("emergency.button.cancel"),
                ButtonAction.command(COMMAND, id, "cancel")),
            buttons.create(
                identity,
                messages.get("emergency.button.template"),
                ButtonAction.command(COMMAND, id, "template"))));
  }

  /** The card: the text, who posted it and why, and by when it is to be reviewed or who did. */
  RichText text(Notice notice) {
    Emergency e = notice.emergency();
    RichText.Builder text =
        RichText.builder()
            .bold(messages.get("emergency.card.title", notice.id()))
            .newline()
            .plain(
                messages.get(
                    "emergency.card.posted",
                    nameOf(notice.issuedBy()),
                    times.stamp(notice.revisions().get(0).at())))
            .newline()
            .plain(messages.get("emergency.card.reason", e.reason()))
            .newline()
            .plain(
                messages.get(
                    "emergency.card.what",
                    messages.get("notice.category." + notice.category().name()),
                    messages.get("emergency.severity." + notice.severity().name()),
                    notice.status().name().toLowerCase(java.util.Locale.ROOT)))
            .newline()
            .newline()
            .plain(notice.latest().body())
            .newline()
            .newline();
    if (e.reviewed()) {
      text.bold(
          messages.get(
              "emergency.card.reviewed", nameOf(e.reviewedBy()), times.stamp(e.reviewedAt())));
      if (e.templateId() != null) {
        text.newline().plain(messages.get("emergency.card.templated", e.templateId()));
      }
    } else {
      text.bold(messages.get("emergency.card.review-by", times.deadline(e.reviewDueAt())));
    }
    return text.build();
  }

  private String nameOf(String staffId) {
    return staff.byId(staffId).map(StaffMember::name).orElse(staffId == null ? "?" : staffId);
  }
}
