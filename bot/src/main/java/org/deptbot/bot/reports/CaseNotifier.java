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
import org.deptbot.bot.chat.SendOutcome;
import org.deptbot.bot.chat.SentCards;
import org.deptbot.bot.chat.StaffChats;
import org.deptbot.core.reports.CaseHandover;
import org.deptbot.core.reports.CaseStatus;
import org.deptbot.core.reports.Confidentiality;
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
  private final CaseHandover handover;

  CaseNotifier(
      Reports reports,
      StaffChats chats,
      CaseCards cards,
      ReportDesk desk,
      ButtonActions buttons,
      Conversations conversations,
      SentCards sent,
      CaseHandover handover) {
    this.handover = handover;
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
        ToHandler card = r.handlerToNotify() ? toHandlerNow(r) : ToHandler.OWED;
        if (card == ToHandler.CHANGED) {
          continue; // the case has a new version, which the next round reads
        }
        boolean handler = card == ToHandler.DONE;
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
    sent.redraw(
        r.id(),
        r.version(),
        !r.status().open(),
        cards.card(r),
        card ->
            card.staffId().equals(r.handlerId()) && r.status().open()
                ? cards.actions(r, buttons, card.chat())
                : List.of(),
        chats);
  }

  /** What sending the card to the handler came to. */
  private enum ToHandler {
    /** Nothing more is owed to the handler for this version. */
    DONE,
    /** Still owed: a chat could not be reached now, or the handler has no chat. */
    OWED,
    /**
     * No chat took it, so the case went to the next handler, or was noted as unreachable: a new
     * version, which the next round reads.
     */
    CHANGED
  }

  private ToHandler toHandlerNow(Report r) {
    try {
      return toHandler(r);
    } catch (RuntimeException e) {
      log.warn("Could not send case {} to its handler; trying again shortly", r.id(), e);
      return ToHandler.OWED;
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

  /**
   * The card goes to every chat the handler linked, so it reaches them wherever they are. Each chat
   * answers once for each version of the case ({@link SentCards.Tried}): one that has the card, or
   * refused it for good, is not sent it again while the handler is owed this version, and one that
   * could not be reached is tried again on the next round. Done once some chat has the card and
   * none is left to try. When every chat refused it (the handler blocked the bot or closed their
   * DMs everywhere), the handler cannot be reached: the case goes to the next handler at once
   * ({@link CaseHandover#handlerUnreachable}), and if no one else may take it, it stays and the
   * console shows it. A handler with no chat at all stays owed: they may link one, and the console
   * shows the case meanwhile.
   */
  private ToHandler toHandler(Report r) {
    SentCards.Tried tried = sent.tried(r.id(), r.version(), r.handlerId());
    RichText text = cards.card(r);
    Map<ChatIdentity, String> drawn = new HashMap<>();
    List<StaffChats.Reach> reached =
        chats.sendToMember(
            r.handlerId(),
            identity -> {
              List<List<Button>> actions = cards.actions(r, buttons, identity);
              drawn.put(identity, SentCards.digest(text, actions));
              return new Outgoing.Send(StaffChats.privateChat(identity), text, actions);
            },
            tried::answered);
    boolean delivered = !tried.delivered().isEmpty();
    boolean refused = !tried.refused().isEmpty();
    boolean unreachable = false;
    for (StaffChats.Reach reach : reached) {
      if (reach.outcome() instanceof SendOutcome.Delivered card) {
        if (card.messageId() != null) {
          sent.add(
              r.id(),
              r.version(),
              new SentCards.Card(
                  r.handlerId(), reach.chat(), card.messageId(), drawn.get(reach.chat())));
        }
        sent.tried(r.id(), r.version(), r.handlerId(), reach.chat(), true);
        delivered = true;
      } else if (reach.outcome().refused()) {
        sent.tried(r.id(), r.version(), r.handlerId(), reach.chat(), false);
        refused = true;
      } else {
        unreachable = true;
      }
    }
    if (unreachable) {
      return ToHandler.OWED; // tried again shortly, without the chats that answered
    }
    if (delivered) {
      return ToHandler.DONE;
    }
    if (!refused) {
      return ToHandler.OWED; // no chat: not in chat now; the console shows the case
    }
    return handOver(r);
  }

  /**
   * Every chat of the handler refused the card: the case goes to the next handler, or, when no one
   * else may take it, stays with a note that its handler could not be reached (the console shows
   * it) and owes them nothing more in chat.
   */
  private ToHandler handOver(Report r) {
    var stored = handover.handlerUnreachable(r);
    if (stored.isPresent() && !stored.get().handlerId().equals(r.handlerId())) {
      log.warn(
          "Case {}: its handler {} could not be reached in any chat; it went to the next handler",
          r.id(),
          r.handlerId());
      return ToHandler.CHANGED;
    }
    if (stored.isPresent()) {
      log.warn(
          "Case {}: its handler {} could not be reached in any chat and no one else may take it;"
              + " it stays with them and the console shows it",
          r.id(),
          r.handlerId());
      reports.notified(stored.get(), true, false);
      return ToHandler.CHANGED;
    }
    boolean unchanged = reports.byId(r.id()).map(now -> now.version() == r.version()).orElse(false);
    // unchanged: already noted as unreachable, nothing more to do in chat; else read it again
    return unchanged ? ToHandler.DONE : ToHandler.OWED;
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
      conversations.awaitAnswer(
          reporter, r.id(), "/mycases " + r.id(), r.confidentiality() == Confidentiality.ANONYMOUS);
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
