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
import org.deptbot.core.notices.TestMessages;
import org.deptbot.core.subscribers.Subscriber;
import org.deptbot.core.subscribers.Subscribers;
import org.deptbot.core.templates.NoticeCategory;

/**
 * The list of categories with a tick on each one the chat receives (and, when the department sends
 * a test message, whether they want it too); a tap adds or removes one, and the list is redrawn in
 * place.
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

  /**
   * Whether the chat asked for the department's test message; null when the department sends none
   * (then the menu does not offer it).
   */
  static Boolean tests(Subscribers subscribers, TestMessages testMessages, ChatContext context) {
    if (testMessages.all().isEmpty()) {
      return null;
    }
    return subscribers
        .byId(
            Subscriber.idOf(
                context.incoming().chat().platform(), context.incoming().chat().chatId()))
        .filter(Subscriber::active)
        .map(Subscriber::testMessages)
        .orElse(false);
  }

  static List<Outgoing> show(
      ChatContext context, Set<NoticeCategory> chosen, String headingKey, Boolean tests) {
    return show(context, chosen, headingKey, null, List.of(), List.of(), tests);
  }

  /**
   * The menu, and when the department speaks several languages, the one notices come in ({@code
   * language}) with a button for each other one, named in its own words ("Español"); {@code extra}
   * rows of buttons go under it (the next, optional step). {@code tests} ticks the line asking for
   * the monthly test message too (null: the department sends none, so there is no such line).
   */
  static List<Outgoing> show(
      ChatContext context,
      Set<NoticeCategory> chosen,
      String headingKey,
      String language,
      List<String> spoken,
      List<List<Button>> extra,
      Boolean tests) {
    var builder =
        RichText.builder()
            .bold(context.text(headingKey))
            .newline()
            .plain(context.text("subscribe.explain"));
    boolean languages = language != null && spoken.size() > 1;
    if (languages) {
      builder.newline().plain(context.text("subscribe.language", ownName(language)));
    }
    RichText text = builder.build();
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
    if (tests != null) {
      String label =
          context.text(tests ? "subscribe.on" : "subscribe.off", context.text("subscribe.tests"));
      ButtonAction action = ButtonAction.command("subscribe", "tests", tests ? "off" : "on");
      rows.add(List.of(context.buttons().create(context.identity(), label, action)));
    }
    if (languages) {
      List<Button> others = new ArrayList<>();
      for (String other : spoken) {
        if (!other.equals(language)) {
          others.add(
              context
                  .buttons()
                  .create(
                      context.identity(),
                      ownName(other),
                      ButtonAction.command("subscribe", "language", other)));
        }
      }
      rows.add(others);
    }
    rows.addAll(extra);
    if (context.incoming() instanceof Incoming.ButtonPress press && press.messageId() != null) {
      return List.of(new Outgoing.Edit(context.incoming().chat(), press.messageId(), text, rows));
    }
    return context.reply(text, rows);
  }

  /** A language's name in its own words: "English", "Español". */
  static String ownName(String language) {
    Locale locale = Locale.forLanguageTag(language);
    String name = locale.getDisplayLanguage(locale);
    return name.isBlank() ? language : name.substring(0, 1).toUpperCase(locale) + name.substring(1);
  }

  /** The category named in a command, or empty with a reply explaining the names. */
  static Optional<NoticeCategory> category(String argument) {
    return NoticeCategory.fromText(argument);
  }
}
