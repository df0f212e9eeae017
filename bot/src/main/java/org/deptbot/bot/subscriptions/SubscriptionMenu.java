package org.deptbot.bot.subscriptions;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.deptbot.bot.chat.Button;
import org.deptbot.bot.chat.ButtonAction;
import org.deptbot.bot.chat.ChatContext;
import org.deptbot.bot.chat.Incoming;
import org.deptbot.bot.chat.Outgoing;
import org.deptbot.bot.chat.RichText;
import org.deptbot.core.subscribers.Subscriber;
import org.deptbot.core.subscribers.Subscribers;
import org.deptbot.core.templates.NoticeCategory;

/**
 * The list of categories with a tick on each one the chat receives; a tap adds or removes one, and
 * the list is redrawn in place.
 */
final class SubscriptionMenu {

  private SubscriptionMenu() {}

  static Set<NoticeCategory> current(Subscribers subscribers, ChatContext context) {
    return subscribers
        .byId(
            Subscriber.idOf(
                context.incoming().chat().platform(), context.incoming().chat().chatId()))
        .filter(Subscriber::active)
        .map(Subscriber::categories)
        .orElse(Set.of());
  }

  static List<Outgoing> show(ChatContext context, Set<NoticeCategory> chosen, String headingKey) {
    RichText text =
        RichText.builder()
            .bold(context.text(headingKey))
            .newline()
            .plain(context.text("subscribe.explain"))
            .build();
    List<List<Button>> rows = new ArrayList<>();
    for (NoticeCategory category : NoticeCategory.values()) {
      boolean on = chosen.contains(category);
      String label =
          context.text(
              on ? "subscribe.on" : "subscribe.off",
              context.text("notice.category." + category.name()));
      ButtonAction action =
          ButtonAction.command(
              on ? "unsubscribe" : "subscribe", category.name().toLowerCase(Locale.ROOT));
      rows.add(List.of(context.buttons().create(context.identity(), label, action)));
    }
    if (context.incoming() instanceof Incoming.ButtonPress press && press.messageId() != null) {
      return List.of(new Outgoing.Edit(context.incoming().chat(), press.messageId(), text, rows));
    }
    return context.reply(text, rows);
  }

  /** The category named in a command, or empty with a reply explaining the names. */
  static Optional<NoticeCategory> category(String argument) {
    return NoticeCategory.fromText(argument);
  }
}
