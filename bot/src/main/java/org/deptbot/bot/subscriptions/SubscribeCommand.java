package org.deptbot.bot.subscriptions;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.deptbot.bot.chat.Button;
import org.deptbot.bot.chat.ButtonAction;
import org.deptbot.bot.chat.ChatCommand;
import org.deptbot.bot.chat.ChatContext;
import org.deptbot.bot.chat.Outgoing;
import org.deptbot.core.access.Permission;
import org.deptbot.core.subscribers.Subscribers;
import org.deptbot.core.templates.NoticeCategory;
import org.deptbot.core.zones.Zones;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * {@code /subscribe [category|all]}: public notices of the chosen categories come to this private
 * chat. Without an argument it shows the categories to tap.
 */
@Component
@Order(30)
class SubscribeCommand implements ChatCommand {

  private final Subscribers subscribers;
  private final Zones zones;

  SubscribeCommand(Subscribers subscribers, Zones zones) {
    this.subscribers = subscribers;
    this.zones = zones;
  }

  @Override
  public String name() {
    return "subscribe";
  }

  @Override
  public Optional<String> privateOnly() {
    return Optional.of("subscribe.private-only");
  }

  @Override
  public Optional<Permission> requires() {
    return Optional.of(Permission.SUBSCRIBE_TO_NOTICES);
  }

  @Override
  public List<Outgoing> handle(ChatContext context, String arguments) {
    String wanted = arguments.strip();
    if (wanted.isEmpty()) {
      return SubscriptionMenu.show(
          context, SubscriptionMenu.current(subscribers, context), "subscribe.heading");
    }
    Set<NoticeCategory> adding;
    if (wanted.equalsIgnoreCase("all")) {
      adding = EnumSet.allOf(NoticeCategory.class);
    } else {
      Optional<NoticeCategory> category = SubscriptionMenu.category(wanted);
      if (category.isEmpty()) {
        return context.replyWith("subscribe.unknown", wanted);
      }
      adding = EnumSet.of(category.get());
    }
    var chat = context.incoming().chat();
    var now = subscribers.subscribe(chat.platform(), chat.chatId(), adding);
    return SubscriptionMenu.show(context, now.categories(), "subscribe.saved", areasRow(context));
  }

  /** The optional next step, when the department has zones: follow only some areas. */
  private List<List<Button>> areasRow(ChatContext context) {
    if (zones.all().isEmpty()) {
      return List.of();
    }
    return List.of(
        List.of(
            context
                .buttons()
                .create(
                    context.identity(),
                    context.text("zones.button.some"),
                    ButtonAction.command(ZonesCommand.NAME))));
  }
}
