package org.deptbot.bot.subscriptions;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.deptbot.bot.chat.ChatCommand;
import org.deptbot.bot.chat.ChatContext;
import org.deptbot.bot.chat.Outgoing;
import org.deptbot.core.access.Permission;
import org.deptbot.core.notices.TestMessages;
import org.deptbot.core.subscribers.Subscriber;
import org.deptbot.core.subscribers.Subscribers;
import org.deptbot.core.templates.NoticeCategory;

/**
 * {@code /unsubscribe [category]}: stops one category, or all of them. Takes effect at once, also
 * for a notice that is still going out.
 */
class UnsubscribeCommand implements ChatCommand {

  private final Subscribers subscribers;

  private final TestMessages tests;

  UnsubscribeCommand(Subscribers subscribers, TestMessages tests) {
    this.subscribers = subscribers;
    this.tests = tests;
  }

  @Override
  public String name() {
    return "unsubscribe";
  }

  @Override
  public Optional<Permission> requires() {
    return Optional.of(Permission.SUBSCRIBE_TO_NOTICES);
  }

  @Override
  public List<Outgoing> handle(ChatContext context, String arguments) {
    String wanted = arguments.strip();
    Set<NoticeCategory> removing;
    if (wanted.isEmpty() || wanted.equalsIgnoreCase("all")) {
      removing = EnumSet.allOf(NoticeCategory.class);
    } else {
      Optional<NoticeCategory> category = SubscriptionMenu.category(wanted);
      if (category.isEmpty()) {
        return context.replyWith("subscribe.unknown", wanted);
      }
      removing = EnumSet.of(category.get());
    }
    var chat = context.incoming().chat();
    if (removing.size() == NoticeCategory.values().length) {
      subscribers.receiveTests(chat.platform(), chat.chatId(), false); // everything means this too
    }
    Set<NoticeCategory> left =
        subscribers
            .unsubscribe(chat.platform(), chat.chatId(), removing)
            .map(Subscriber::categories)
            .orElse(Set.of());
    Boolean wantsTests = SubscriptionMenu.tests(subscribers, tests, context);
    if (left.isEmpty() && !Boolean.TRUE.equals(wantsTests)) {
      return context.replyWith("subscribe.none-left");
    }
    return SubscriptionMenu.show(context, left, "subscribe.saved", wantsTests);
  }
}
