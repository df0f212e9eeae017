package org.deptbot.bot.discord;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.deptbot.bot.chat.ButtonActions;
import org.deptbot.bot.chat.ChatCommand;
import org.deptbot.bot.chat.ChatIngress;
import org.deptbot.bot.chat.ChatProperties;
import org.deptbot.bot.chat.Messages;
import org.deptbot.bot.delivery.SendBudgets;
import org.deptbot.core.access.Authorization;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The Discord adapter, on when {@code DEPTBOT_DISCORD_TOKEN} is set. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(DiscordProperties.class)
@ConditionalOnDiscord
class DiscordConfiguration {

  @Bean
  DiscordClient discordClient() {
    return new DiscordClient();
  }

  @Bean
  DiscordSender discordSender(
      DiscordClient client,
      Clock clock,
      Messages messages,
      org.deptbot.bot.chat.ReaderLanguages readers,
      org.deptbot.core.staff.ChatLinks links) {
    // staff stay in the bot's language; anyone else reads the pointer to a DM in their own
    return new DiscordSender(
        client,
        new PendingInteractions(clock),
        messages,
        new DiscordFiles(client, Duration.ofSeconds(60)),
        incoming ->
            links.of(incoming.from().identity()).isPresent()
                ? messages.locale()
                : java.util.Locale.forLanguageTag(readers.languageFor(incoming)));
  }

  @Bean
  DiscordBot discordBot(
      DiscordProperties properties,
      DiscordClient client,
      DiscordSender sender,
      ChatIngress ingress,
      ButtonActions buttons,
      List<ChatCommand> commands,
      Authorization authorization,
      MessageSource wording,
      ChatProperties chat,
      Clock clock,
      SendBudgets budgets) {
    // one thread: a user's updates are handled in the order they arrived
    ExecutorService handling =
        Executors.newSingleThreadExecutor(r -> new Thread(r, "discord-handling"));
    var events =
        new DiscordEvents(
            ingress,
            buttons,
            sender,
            sender.pending(),
            privateCommands(properties, commands),
            handling,
            clock);
    var menu = new DiscordCommandMenu(commands, authorization, wording, chat.locale());
    return new DiscordBot(properties, client, events, menu, ingress, sender, handling, budgets);
  }

  @Bean
  DiscordNoticePoster discordNoticePoster(DiscordClient client, Messages messages) {
    return new DiscordNoticePoster(client, messages);
  }

  @Bean("discordHealthContributor")
  DiscordHealth discordHealth(DiscordClient client) {
    return new DiscordHealth(client);
  }

  /** Staff-only commands and the configured ones carry on in a direct message. */
  private static Set<String> privateCommands(
      DiscordProperties properties, List<ChatCommand> commands) {
    return Stream.concat(
            commands.stream().filter(c -> c.requires().isPresent()).map(ChatCommand::name),
            properties.privateCommands().stream())
        .collect(Collectors.toSet());
  }
}
