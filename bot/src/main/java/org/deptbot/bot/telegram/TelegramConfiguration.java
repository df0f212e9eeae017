package org.deptbot.bot.telegram;

import java.time.Clock;
import java.time.Duration;
import java.util.regex.Pattern;
import org.deptbot.bot.chat.ChatEngine;
import org.deptbot.bot.chat.ChatIngress;
import org.deptbot.bot.chat.ChatProperties;
import org.deptbot.bot.chat.Messages;
import org.deptbot.bot.delivery.SendBudgets;
import org.deptbot.bot.delivery.UploadedFiles;
import org.deptbot.core.access.Authorization;
import org.deptbot.core.delivery.ChatMigrations;
import org.deptbot.core.leases.RoundLeases;
import org.deptbot.core.staff.ChatLinks;
import org.deptbot.core.staff.StaffMembers;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.core.MongoOperations;
import org.telegram.telegrambots.client.okhttp.OkHttpTelegramClient;
import org.telegram.telegrambots.meta.generics.TelegramClient;

/** The Telegram adapter, on when {@code DEPTBOT_TELEGRAM_TOKEN} is set. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(TelegramProperties.class)
@ConditionalOnTelegram
class TelegramConfiguration {

  /** What Telegram takes as a webhook's {@code secret_token} (setWebhook). */
  private static final Pattern WEBHOOK_SECRET = Pattern.compile("[A-Za-z0-9_-]{1,256}");

  @Bean
  TelegramClient telegramClient(TelegramProperties properties) {
    if (properties.webhook()
        && (isBlank(properties.webhookUrl()) || isBlank(properties.webhookSecret()))) {
      throw new IllegalStateException(
          "DEPTBOT_TELEGRAM_MODE=webhook needs DEPTBOT_TELEGRAM_WEBHOOK_URL and DEPTBOT_TELEGRAM_WEBHOOK_SECRET.");
    }
    if (properties.webhook() && !WEBHOOK_SECRET.matcher(properties.webhookSecret()).matches()) {
      // the value itself stays out of the message: it is a secret
      throw new IllegalStateException(
          "DEPTBOT_TELEGRAM_WEBHOOK_SECRET must be 1 to 256 characters, each one of A-Z, a-z, 0-9, _ and"
              + " -, or Telegram refuses the webhook (it has "
              + properties.webhookSecret().length()
              + " characters).");
    }
    return new OkHttpTelegramClient(
        TelegramHttp.forCalls(), properties.token(), properties.telegramUrl());
  }

  @Bean
  TelegramFiles telegramFiles(TelegramClient client, TelegramProperties properties) {
    return new TelegramFiles(
        client, properties.token(), properties.telegramUrl(), Duration.ofSeconds(1));
  }

  @Bean
  TelegramSender telegramSender(TelegramClient client, TelegramFiles files, SendBudgets budgets) {
    return new TelegramSender(client, files, budgets);
  }

  @Bean
  TelegramNoticePoster telegramNoticePoster(
      TelegramClient client, Messages messages, MongoOperations mongo, Clock clock) {
    return new TelegramNoticePoster(client, messages, new UploadedFiles(mongo, clock));
  }

  @Bean
  TelegramBot telegramBot(
      TelegramProperties properties,
      TelegramClient client,
      TelegramSender sender,
      ChatIngress ingress,
      ChatEngine engine,
      TelegramLink link,
      ChatMigrations migrations,
      ChatProperties chat,
      TelegramCommandMenus menus,
      RoundLeases leases) {
    TelegramBot bot =
        new TelegramBot(
            properties,
            client,
            sender,
            ingress,
            engine,
            link,
            migrations,
            chat.retryUnhandledEvery(),
            chat.retryUnhandledFor(),
            menus,
            properties.menusEvery(),
            properties.handlingThreads());
    bot.shareRoundsThrough(leases);
    return bot;
  }

  @Bean
  TelegramCommandMenus telegramCommandMenus(
      TelegramClient client,
      ChatEngine engine,
      Authorization authorization,
      Messages messages,
      ChatLinks links,
      StaffMembers staff,
      MongoOperations mongo,
      Clock clock) {
    return new TelegramCommandMenus(
        client, engine, authorization, messages, links, staff, mongo, clock);
  }

  @Bean
  TelegramLink telegramLink(TelegramProperties properties, Clock clock) {
    return new TelegramLink(clock, properties.pollStaleAfter());
  }

  @Bean("telegramHealthContributor")
  TelegramHealth telegram(TelegramClient client, TelegramLink link, Clock clock) {
    return new TelegramHealth(client, link, clock);
  }

  private static boolean isBlank(String value) {
    return value == null || value.isBlank();
  }
}
