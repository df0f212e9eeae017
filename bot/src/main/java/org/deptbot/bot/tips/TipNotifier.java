package org.deptbot.bot.tips;

import java.util.List;
import org.deptbot.bot.chat.ButtonActions;
import org.deptbot.bot.chat.Conversations;
import org.deptbot.bot.chat.Image;
import org.deptbot.bot.chat.Outgoing;
import org.deptbot.bot.chat.SendOutcome;
import org.deptbot.bot.chat.StaffChats;
import org.deptbot.core.reports.ReporterSeal;
import org.deptbot.core.staff.StaffMember;
import org.deptbot.core.tips.Tip;
import org.deptbot.core.tips.TipStatus;
import org.deptbot.core.tips.Tips;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends what a tip owes: the card to everyone on the tips desk, the tipster's update through the
 * sealed chat. The intent is in the tip document, so what was owed before a crash is sent after it
 * (at least once).
 */
class TipNotifier {

  private static final Logger log = LoggerFactory.getLogger(TipNotifier.class);

  private final Tips tips;
  private final TipDesk desk;
  private final TipCards cards;
  private final ButtonActions buttons;
  private final StaffChats chats;
  private final Conversations conversations;

  TipNotifier(
      Tips tips,
      TipDesk desk,
      TipCards cards,
      StaffChats chats,
      ButtonActions buttons,
      Conversations conversations) {
    this.conversations = conversations;
    this.tips = tips;
    this.desk = desk;
    this.cards = cards;
    this.chats = chats;
    this.buttons = buttons;
  }

  /**
   * Sends what each tip owes. Each recipient is on their own: one member of the desk who cannot be
   * reached does not keep the others from the card, and a tipster whose seal can never be opened
   * (another key) is given up on once, with one log line.
   */
  void sendOwed() {
    for (Tip t : tips.owingNotifications()) {
      try {
        boolean toDesk = t.deskToNotify() && toDesk(t);
        boolean toTipster = t.tipsterToNotify() && toTipsterNow(t);
        if (toDesk || toTipster) {
          tips.notified(t, toDesk, toTipster);
        }
      } catch (RuntimeException e) {
        log.warn("Could not send what tip {} owes; trying again shortly", t.id(), e);
      }
    }
  }

  /**
   * True once at least one member of the desk has the card: a member whose every chat refused it
   * (blocked the bot, DMs closed) does not count, and neither does one that could not be reached.
   * Until someone has it, a round in which a chat could not be reached leaves the tip owed, so it
   * is tried again shortly. When every chat of the desk refused it, it is given up on in chat (with
   * one log line; trying again every second would only be refused again), and the tip waits on the
   * console. A desk with no chat at all stays owed, as before: someone may link one.
   */
  private boolean toDesk(Tip t) {
    Image photo = cards.photo(t);
    boolean delivered = false;
    boolean refused = false;
    boolean unreachable = false;
    for (StaffMember member : desk.deskMembers()) {
      List<StaffChats.Reach> reached =
          chats.sendToMember(
              member.id(),
              identity ->
                  new Outgoing.Send(
                      StaffChats.privateChat(identity),
                      cards.card(t),
                      cards.actions(t, buttons, identity),
                      photo));
      for (StaffChats.Reach reach : reached) {
        delivered |= reach.outcome().delivered();
        refused |= reach.outcome().refused();
        unreachable |= reach.outcome() instanceof SendOutcome.Unreachable;
      }
      if (reached.stream().anyMatch(r -> !r.outcome().delivered())) {
        log.warn("Tip {}: not every chat of {} took the card", t.id(), member.id());
      }
    }
    if (delivered || unreachable || !refused) {
      return delivered;
    }
    log.warn(
        "Tip {}: every chat of the tips desk refused the card; it waits on the console", t.id());
    return true;
  }

  private boolean toTipsterNow(Tip t) {
    try {
      return toTipster(t);
    } catch (ReporterSeal.SealUnreadable otherKey) {
      log.error(
          "Tip {}: the tipster's chat was sealed under another REPORTS_SEAL_KEY; they cannot be"
              + " told of this change",
          t.id());
      return true;
    } catch (RuntimeException e) {
      // no details: the platform's error may name the tipster's chat
      log.warn(
          "Could not tell the tipster of {} ({}); trying again shortly",
          t.id(),
          e.getClass().getSimpleName());
      return false;
    }
  }

  private boolean toTipster(Tip t) {
    TipDesk.Tipster tipster = desk.tipster(t);
    // noted before it is sent: the tipster's next plain message answers the desk's question
    if (t.status() == TipStatus.INFO_REQUESTED) {
      conversations.awaitAnswer(tipster.identity(), t.id(), "/" + MyTipCommand.NAME + " " + t.id());
    } else {
      conversations.answered(tipster.identity(), t.id());
    }
    return chats.send(
        new Outgoing.Send(
            tipster.chat(),
            cards.forTipster(t),
            cards.tipsterActions(t, buttons, tipster.identity())));
  }
}
