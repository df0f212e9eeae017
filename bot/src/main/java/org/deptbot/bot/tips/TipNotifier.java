package org.deptbot.bot.tips;

import org.deptbot.bot.chat.ButtonActions;
import org.deptbot.bot.chat.Conversations;
import org.deptbot.bot.chat.Image;
import org.deptbot.bot.chat.Outgoing;
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

  /** True once at least one member of the desk has the card. */
  private boolean toDesk(Tip t) {
    Image photo = cards.photo(t);
    int reached = 0;
    for (StaffMember member : desk.deskMembers()) {
      try {
        reached +=
            chats.sendToMember(
                member.id(),
                identity ->
                    new Outgoing.Send(
                        StaffChats.privateChat(identity),
                        cards.card(t),
                        cards.actions(t, buttons, identity),
                        photo));
      } catch (RuntimeException e) {
        log.warn("Could not send tip {} to {}; the others still get it", t.id(), member.id(), e);
      }
    }
    return reached > 0;
  }

  private boolean toTipsterNow(Tip t) {
    try {
      return toTipster(t);
    } catch (ReporterSeal.SealUnreadable otherKey) {
      log.error(
          "Tip {}: the tipster's chat was sealed under another DEPTBOT_REPORTS_SEAL_KEY; they cannot be"
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
