package org.deptbot.bot.subscriptions;

import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.deptbot.bot.chat.Button;
import org.deptbot.bot.chat.ButtonAction;
import org.deptbot.bot.chat.ChatCommand;
import org.deptbot.bot.chat.ChatContext;
import org.deptbot.bot.chat.Outgoing;
import org.deptbot.bot.chat.ReaderLanguages;
import org.deptbot.core.access.Permission;
import org.deptbot.core.notices.TestMessages;
import org.deptbot.core.subscribers.Subscribers;
import org.deptbot.core.templates.NoticeCategory;
import org.deptbot.core.zones.Zones;

/**
 * {@code /subscribe [category|all]}: public notices of the chosen categories come to this private
 * chat. Without an argument it shows the categories to tap and, when the department speaks several
 * languages, the language notices come in: preselected from the language the person's app is set
 * to, changed with {@code /subscribe language es} (a button); and, when the department sends a
 * monthly test message, whether they want it too ({@code /subscribe tests on|off}, a button).
 */
class SubscribeCommand implements ChatCommand {

  private final Subscribers subscribers;
  private final ReaderLanguages languages;
  private final Zones zones;
  private final TestMessages tests;

  SubscribeCommand(
      Subscribers subscribers, ReaderLanguages languages, Zones zones, TestMessages tests) {
    this.subscribers = subscribers;
    this.languages = languages;
    this.zones = zones;
    this.tests = tests;
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
    var chat = context.incoming().chat();
    List<String> spoken = languages.spoken();
    if (wanted.isEmpty()) {
      return SubscriptionMenu.show(
          context,
          SubscriptionMenu.current(subscribers, context),
          "subscribe.heading",
          languages.languageFor(context.incoming()),
          spoken,
          List.of(),
          SubscriptionMenu.tests(subscribers, tests, context));
    }
    if (wanted.toLowerCase(Locale.ROOT).startsWith("tests")) {
      String choice = wanted.substring("tests".length()).strip().toLowerCase(Locale.ROOT);
      if (!choice.equals("on") && !choice.equals("off")) {
        return context.replyWith("subscribe.unknown", wanted);
      }
      var now = subscribers.receiveTests(chat.platform(), chat.chatId(), choice.equals("on"));
      return SubscriptionMenu.show(
          context,
          now.categories(),
          "subscribe.saved",
          languages.languageFor(context.incoming()),
          spoken,
          List.of(),
          SubscriptionMenu.tests(subscribers, tests, context));
    }
    if (wanted.toLowerCase(Locale.ROOT).startsWith("language")) {
      String language = wanted.substring("language".length()).strip().toLowerCase(Locale.ROOT);
      if (!spoken.contains(language)) {
        return context.replyWith("subscribe.unknown-language", language);
      }
      subscribers.chooseLanguage(chat.platform(), chat.chatId(), language);
      // the menu is redrawn in the language just picked
      var inIt =
          new ChatContext(
              context.incoming(),
              context.actor(),
              context.messages().in(Locale.forLanguageTag(language)),
              context.buttons());
      return SubscriptionMenu.show(
          inIt,
          SubscriptionMenu.current(subscribers, context),
          "subscribe.language-saved",
          language,
          spoken,
          List.of(),
          SubscriptionMenu.tests(subscribers, tests, context));
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
    String language = languages.languageFor(context.incoming());
    var now = subscribers.subscribe(chat.platform(), chat.chatId(), adding);
    if (now.language() == null) {
      // the language preselected for them is kept until they pick another
      now = subscribers.chooseLanguage(chat.platform(), chat.chatId(), language);
    }
    return SubscriptionMenu.show(
        context,
        now.categories(),
        "subscribe.saved",
        language,
        spoken,
        areasRow(context),
        SubscriptionMenu.tests(subscribers, tests, context));
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
