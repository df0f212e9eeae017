package org.deptbot.bot.tips;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.deptbot.bot.chat.ButtonActions;
import org.deptbot.bot.chat.ChatAdapter;
import org.deptbot.bot.chat.ChatTarget;
import org.deptbot.bot.chat.Image;
import org.deptbot.bot.chat.Outgoing;
import org.deptbot.core.staff.ChatLink;
import org.deptbot.core.staff.ChatLinks;
import org.deptbot.core.staff.ChatPlatform;
import org.deptbot.core.staff.StaffMember;
import org.deptbot.core.tips.Tip;
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
  private final ChatLinks links;
  private final ButtonActions buttons;
  private final Map<ChatPlatform, ChatAdapter> adapters;

  TipNotifier(
      Tips tips,
      TipDesk desk,
      TipCards cards,
      ChatLinks links,
      ButtonActions buttons,
      List<ChatAdapter> adapters) {
    this.tips = tips;
    this.desk = desk;
    this.cards = cards;
    this.links = links;
    this.buttons = buttons;
    this.adapters =
        adapters.stream().collect(Collectors.toMap(ChatAdapter::platform, Function.identity()));
  }

  void sendOwed() {
    for (Tip t : tips.owingNotifications()) {
      try {
        boolean toDesk = t.deskToNotify() && toDesk(t);
        boolean toTipster = t.tipsterToNotify() && toTipster(t);
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
    boolean reached = false;
    for (StaffMember member : desk.deskMembers()) {
      Optional<ChatLink> link =
          links.ofMember(member.id()).stream()
              .filter(l -> adapters.containsKey(l.identity().platform()))
              .findFirst();
      if (link.isEmpty()) {
        continue; // not reachable in chat now
      }
      var identity = link.get().identity();
      ChatTarget chat = new ChatTarget(identity.platform(), identity.userId(), true);
      adapters
          .get(chat.platform())
          .deliver(
              null,
              List.of(
                  new Outgoing.Send(
                      chat, cards.card(t), cards.actions(t, buttons, identity), photo)));
      reached = true;
    }
    return reached;
  }

  private boolean toTipster(Tip t) {
    TipDesk.Tipster tipster = desk.tipster(t);
    ChatAdapter adapter = adapters.get(tipster.chat().platform());
    if (adapter == null) {
      return false;
    }
    adapter.deliver(
        null,
        List.of(
            new Outgoing.Send(
                tipster.chat(),
                cards.forTipster(t),
                cards.tipsterActions(t, buttons, tipster.identity()))));
    return true;
  }
}
