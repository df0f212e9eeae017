package org.deptbot.bot.tips;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.deptbot.bot.chat.Button;
import org.deptbot.bot.chat.ButtonActions;
import org.deptbot.bot.chat.Conversations;
import org.deptbot.bot.chat.Image;
import org.deptbot.bot.chat.Outgoing;
import org.deptbot.bot.chat.RichText;
import org.deptbot.bot.chat.SendOutcome;
import org.deptbot.bot.chat.SentCards;
import org.deptbot.bot.chat.StaffChats;
import org.deptbot.core.reports.ReporterSeal;
import org.deptbot.core.staff.ChatIdentity;
import org.deptbot.core.staff.StaffMember;
import org.deptbot.core.tips.Tip;
import org.deptbot.core.tips.TipStatus;
import org.deptbot.core.tips.Tips;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends what a tip owes: the card to everyone on the tips desk, the tipster's update through the
 * sealed chat. The intent is in the tip document, so what was owed before a crash is sent after it
 * (at least once). Every card sent is kept ({@link SentCards}, {@code tip_cards}), so a change
 * redraws them all in place.
 */
class TipNotifier {

  private static final Logger log = LoggerFactory.getLogger(TipNotifier.class);

  private final Tips tips;
  private final TipDesk desk;
  private final TipCards cards;
  private final ButtonActions buttons;
  private final StaffChats chats;
  private final Conversations conversations;
  private final SentCards sent;

  private final org.deptbot.bot.chat.ReaderLanguages languages;

  TipNotifier(
      Tips tips,
      TipDesk desk,
      TipCards cards,
      StaffChats chats,
      ButtonActions buttons,
      Conversations conversations,
      SentCards sent,
      org.deptbot.bot.chat.ReaderLanguages languages) {
    this.languages = languages;
    this.conversations = conversations;
    this.tips = tips;
    this.desk = desk;
    this.cards = cards;
    this.chats = chats;
    this.buttons = buttons;
    this.sent = sent;
  }

  /**
   * Sends what each tip owes. Each recipient is on their own: one member of the desk who cannot be
   * reached does not keep the others from the card, and a tipster whose seal can never be opened
   * (another key) is given up on once, with one log line.
   */
  void sendOwed() {
    for (Tip t : tips.owingNotifications()) {
      try {
        redrawCards(t);
      } catch (RuntimeException e) {
        log.warn("Could not redraw the cards of tip {}; trying again shortly", t.id(), e);
      }
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
   * Every change of a tip owes someone a notification, so this is where the cards sent before are
   * redrawn: each shows the tip as it is now, with the actions that apply now (none once it is
   * closed, or on the card of someone no longer on the desk). A card that would look the same is
   * not edited. Each version is redrawn once; a card the platform refuses to edit is left as it is,
   * and pressing its buttons says why they no longer apply.
   */
  private void redrawCards(Tip t) {
    Set<String> onDesk =
        desk.deskMembers().stream().map(StaffMember::id).collect(Collectors.toSet());
    sent.redraw(
        t.id(),
        t.version(),
        !t.status().open(),
        cards.card(t),
        card ->
            onDesk.contains(card.staffId()) ? cards.actions(t, buttons, card.chat()) : List.of(),
        chats);
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
    RichText text = cards.card(t);
    boolean delivered = false;
    boolean refused = false;
    boolean unreachable = false;
    for (StaffMember member : desk.deskMembers()) {
      List<StaffChats.Reach> reached = sendCard(t, member, text, photo);
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

  /**
   * Sends {@code text} as a card of the tip to every chat of a member of the desk, with the desk's
   * actions, and keeps where each delivered one went so later changes redraw it; returns what
   * became of each chat's card. Never throws for a platform's answer.
   */
  List<StaffChats.Reach> sendCard(Tip t, StaffMember member, RichText text, Image photo) {
    Map<ChatIdentity, String> drawn = new HashMap<>();
    List<StaffChats.Reach> reached =
        chats.sendToMember(
            member.id(),
            identity -> {
              List<List<Button>> actions = cards.actions(t, buttons, identity);
              drawn.put(identity, SentCards.digest(text, actions));
              return new Outgoing.Send(StaffChats.privateChat(identity), text, actions, photo);
            });
    for (StaffChats.Reach reach : reached) {
      if (reach.outcome() instanceof SendOutcome.Delivered card && card.messageId() != null) {
        sent.add(
            t.id(),
            t.version(),
            new SentCards.Card(
                member.id(), reach.chat(), card.messageId(), drawn.get(reach.chat())));
      }
    }
    return reached;
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

  /**
   * A question is noted as waiting for the tipster's answer before it is sent, so their next plain
   * message answers it, and the id of the message that asked it once sent (inside the same sealed
   * note), so a reply to that message answers this tip even while another question waits.
   */
  private boolean toTipster(Tip t) {
    TipDesk.Tipster tipster = desk.tipster(t);
    boolean asking = t.status() == TipStatus.INFO_REQUESTED;
    if (asking) {
      conversations.awaitAnswer(
          tipster.identity(), t.id(), "/" + MyTipCommand.NAME + " " + t.id(), t.contact() == null);
    } else {
      conversations.answered(tipster.identity(), t.id());
    }
    // in the language stored for their chat (picked at /subscribe), else the default
    var words = cards.in(languages.localeOfPrivateChat(tipster.chat()));
    Optional<StaffChats.Sent> message =
        chats.sendKeepingId(
            new Outgoing.Send(
                tipster.chat(),
                cards.forTipster(t, words),
                cards.tipsterActions(t, buttons, tipster.identity(), words)));
    if (asking && message.isPresent()) {
      conversations.questionSent(tipster.identity(), t.id(), message.get().messageId());
    }
    return message.isPresent();
  }
}
