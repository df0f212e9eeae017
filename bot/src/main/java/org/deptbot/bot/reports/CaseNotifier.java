package org.deptbot.bot.reports;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.deptbot.bot.chat.Button;
import org.deptbot.bot.chat.ButtonActions;
import org.deptbot.bot.chat.ChatTarget;
import org.deptbot.bot.chat.Conversations;
import org.deptbot.bot.chat.Outgoing;
import org.deptbot.bot.chat.RichText;
import org.deptbot.bot.chat.SentCards;
import org.deptbot.bot.chat.StaffChats;
import org.deptbot.core.reports.CaseStatus;
import org.deptbot.core.reports.Report;
import org.deptbot.core.reports.ReporterSeal;
import org.deptbot.core.reports.Reports;
import org.deptbot.core.staff.ChatIdentity;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends what a case owes: the case card to a new handler, the reporter's update. The intent is in
 * the case document, so what was owed before a crash is sent after it (at least once).
 */
class CaseNotifier {

  private static final Logger log = LoggerFactory.getLogger(CaseNotifier.class);

  private final Reports reports;
  private final StaffChats chats;
  private final CaseCards cards;
  private final ReportDesk desk;
  private final ButtonActions buttons;
  private final Conversations conversations;
  private final SentCards sent;

  CaseNotifier(
      Reports reports,
      StaffChats chats,
      CaseCards cards,
      ReportDesk desk,
      ButtonActions buttons,
      Conversations conversations,
      SentCards sent) {
    this.sent = sent;
    this.conversations = conversations;
    this.reports = reports;
    this.chats = chats;
    this.cards = cards;
    this.desk = desk;
    this.buttons = buttons;
  }

  /**
   * Sends what each case owes. Each recipient is on their own: one that cannot be reached now is
   * tried again later without repeating what the other already has, and a reporter whose seal can
   * never be opened (another key) is given up on once, with one log line.
   */
  void sendOwed() {
    for (Report r : reports.owingNotifications()) {
      try {
        redrawCards(r);
      } catch (RuntimeException e) {
        log.warn("Could not redraw the cards of case {}; trying again shortly", r.id(), e);
      }
      try {
        boolean handler = r.handlerToNotify() && toHandlerNow(r);
        boolean reporter = r.reporterToNotify() && toReporterNow(r);
        if (handler || reporter) {
          reports.notified(r, handler, reporter);
        }
      } catch (RuntimeException e) {
        log.warn("Could not mark what case {} owes as sent; trying again shortly", r.id(), e);
      }
    }
  }

  /**
   * Every change of a case owes someone a notification, so this is where the cards sent before are
   * redrawn: each shows the case as it is now, and only the current handler's still offer actions
   * (those that apply now). Each version is redrawn once, again only if a platform could not be
   * reached; a card the platform refuses to edit (deleted, the chat gone) is left as it is, and
   * pressing its buttons says why they no longer apply.
   */
  private void redrawCards(Report r) {
    SentCards.Shown shown = sent.of(r.id());
    if (shown.version() >= r.version()) {
      return;
    }
    boolean allDrawn = true;
    for (SentCards.Card card : shown.cards()) {
      boolean current = card.staffId().equals(r.handlerId()) && r.status().open();
      RichText text = cards.card(r);
      List<List<Button>> actions = current ? cards.actions(r, buttons, card.chat()) : List.of();
      String drawn = SentCards.digest(text, actions);
      if (drawn.equals(card.drawn())) {
        continue; // this change leaves the card as it was
      }
      try {
        chats.send(
            new Outgoing.Edit(
                StaffChats.privateChat(card.chat()), card.messageId(), text, actions));
        sent.drawn(r.id(), card, drawn);
      } catch (RuntimeException unreachable) {
        // the platform could not be reached (a refusal is logged by the adapter and not thrown)
        log.warn("Could not redraw a card of case {}; trying again shortly", r.id(), unreachable);
        allDrawn = false;
      }
    }
    if (!allDrawn) {
      return;
    }
    sent.shown(r.id(), r.version());
    if (!r.status().open()) {
      sent.forget(r.id()); // closed: these cards will not change again
    }
  }

  private boolean toHandlerNow(Report r) {
    try {
      return toHandler(r);
    } catch (RuntimeException e) {
      log.warn("Could not send case {} to its handler; trying again shortly", r.id(), e);
      return false;
    }
  }

  /** True once sent, or once it can never be: the reporter's seal cannot be opened. */
  private boolean toReporterNow(Report r) {
    try {
      return toReporter(r);
    } catch (ReporterSeal.SealUnreadable otherKey) {
      log.error(
          "Case {}: the reporter's contact was sealed under another DEPTBOT_REPORTS_SEAL_KEY; they cannot"
              + " be told of this change",
          r.id());
      return true;
    } catch (RuntimeException e) {
      // no details: the platform's error may name the reporter's chat
      log.warn(
          "Could not tell the reporter of case {} ({}); trying again shortly",
          r.id(),
          e.getClass().getSimpleName());
      return false;
    }
  }

  /** The card goes to every chat the handler linked, so it reaches them wherever they are. */
  private boolean toHandler(Report r) {
    // none reached: not in chat now; the console shows the case
    RichText text = cards.card(r);
    Map<ChatIdentity, String> drawn = new HashMap<>();
    List<StaffChats.Sent> reached =
        chats.sendToMemberKeepingIds(
            r.handlerId(),
            identity -> {
              List<List<Button>> actions = cards.actions(r, buttons, identity);
              drawn.put(identity, SentCards.digest(text, actions));
              return new Outgoing.Send(StaffChats.privateChat(identity), text, actions);
            });
    for (StaffChats.Sent card : reached) {
      if (card.messageId() != null) {
        sent.add(
            r.id(),
            r.version(),
            new SentCards.Card(
                r.handlerId(), card.chat(), card.messageId(), drawn.get(card.chat())));
      }
    }
    return !reached.isEmpty();
  }

  /**
   * A question is noted as waiting for the reporter's answer before it is sent, so their next plain
   * message answers it, and the id of the message that asked it once sent, so a reply to that
   * message answers this case even while another question waits; any other change to the case means
   * no answer is waited for any more.
   */
  private boolean toReporter(Report r) {
    ChatTarget chat = desk.reporterChat(r);
    ChatIdentity reporter = new ChatIdentity(chat.platform(), chat.chatId());
    boolean asking = r.status() == CaseStatus.INFO_REQUESTED;
    if (asking) {
      conversations.awaitAnswer(reporter, r.id(), "/mycases " + r.id());
    } else {
      conversations.answered(reporter, r.id());
    }
    Optional<StaffChats.Sent> sent =
        chats.sendKeepingId(new Outgoing.Send(chat, cards.forReporter(r), List.of()));
    if (asking && sent.isPresent()) {
      conversations.questionSent(reporter, r.id(), sent.get().messageId());
    }
    return sent.isPresent();
  }
}
