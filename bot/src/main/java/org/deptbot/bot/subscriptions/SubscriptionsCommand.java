package org.deptbot.bot.subscriptions;

import java.util.List;
import java.util.Optional;
import org.deptbot.bot.chat.ChatCommand;
import org.deptbot.bot.chat.ChatContext;
import org.deptbot.bot.chat.Outgoing;
import org.deptbot.core.access.Permission;
import org.deptbot.core.notices.TestMessages;
import org.deptbot.core.subscribers.Subscribers;

/** {@code /subscriptions}: which notices come to this chat, with the ticks to change them. */
class SubscriptionsCommand implements ChatCommand {

  private final Subscribers subscribers;

  private final TestMessages tests;

  SubscriptionsCommand(Subscribers subscribers, TestMessages tests) {
    this.subscribers = subscribers;
    this.tests = tests;
  }

  @Override
  public String name() {
    return "subscriptions";
  }

  @Override
  public Optional<Permission> requires() {
    return Optional.of(Permission.SUBSCRIBE_TO_NOTICES);
  }

  @Override
  public List<Outgoing> handle(ChatContext context, String arguments) {
    var chosen = SubscriptionMenu.current(subscribers, context);
    return SubscriptionMenu.show(
        context,
        chosen,
        chosen.isEmpty() ? "subscribe.heading" : "subscribe.current",
        SubscriptionMenu.tests(subscribers, tests, context));
  }
}
