package org.deptbot.bot.reports;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.deptbot.bot.chat.ButtonActions;
import org.deptbot.bot.chat.ChatAdapter;
import org.deptbot.bot.chat.ChatTarget;
import org.deptbot.bot.chat.Outgoing;
import org.deptbot.core.reports.Report;
import org.deptbot.core.reports.Reports;
import org.deptbot.core.staff.ChatLink;
import org.deptbot.core.staff.ChatLinks;
import org.deptbot.core.staff.ChatPlatform;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends what a case owes: the case card to a new handler, the reporter's update. The intent is in
 * the case document, so what was owed before a crash is sent after it (at least once).
 */
class CaseNotifier {

  private static final Logger log = LoggerFactory.getLogger(CaseNotifier.class);

  private final Reports reports;
  private final ChatLinks links;
  private final CaseCards cards;
  private final ReportDesk desk;
  private final ButtonActions buttons;
  private final Map<ChatPlatform, ChatAdapter> adapters;

  CaseNotifier(
      Reports reports,
      ChatLinks links,
      CaseCards cards,
      ReportDesk desk,
      ButtonActions buttons,
      List<ChatAdapter> adapters) {
    this.reports = reports;
    this.links = links;
    this.cards = cards;
    this.desk = desk;
    this.buttons = buttons;
    this.adapters =
        adapters.stream().collect(Collectors.toMap(ChatAdapter::platform, Function.identity()));
  }

  void sendOwed() {
    for (Report r : reports.owingNotifications()) {
      try {
        boolean handler = r.handlerToNotify() && toHandler(r);
        boolean reporter = r.reporterToNotify() && toReporter(r);
        if (handler || reporter) {
          reports.notified(r, handler, reporter);
        }
      } catch (RuntimeException e) {
        log.warn("Could not send what case {} owes; trying again shortly", r.id(), e);
      }
    }
  }

  /** The card goes to every chat the handler linked, so it reaches them wherever they are. */
  private boolean toHandler(Report r) {
    List<ChatLink> reachable =
        links.ofMember(r.handlerId()).stream()
            .filter(l -> adapters.containsKey(l.identity().platform()))
            .toList();
    for (ChatLink link : reachable) {
      ChatTarget chat = new ChatTarget(link.identity().platform(), link.identity().userId(), true);
      adapters
          .get(chat.platform())
          .deliver(
              null,
              List.of(
                  new Outgoing.Send(
                      chat, cards.card(r), cards.actions(r, buttons, link.identity()))));
    }
    return !reachable.isEmpty(); // none: not reachable in chat now; the console shows the case
  }

  private boolean toReporter(Report r) {
    ChatTarget chat = desk.reporterChat(r);
    ChatAdapter adapter = adapters.get(chat.platform());
    if (adapter == null) {
      return false;
    }
    adapter.deliver(null, List.of(new Outgoing.Send(chat, cards.forReporter(r), List.of())));
    return true;
  }
}
