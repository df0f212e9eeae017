package org.deptbot.bot.telegram;

import java.time.Clock;
import java.time.Duration;
import org.deptbot.bot.chat.ChatEngine;
import org.deptbot.bot.chat.ChatIngress;
import org.deptbot.bot.chat.Messages;
import org.deptbot.bot.delivery.UploadedFiles;
import org.deptbot.core.channels.ChatMigrations;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.core.MongoOperations;
import org.telegram.telegrambots.client.okhttp.OkHttpTelegramClient;
import org.telegram.telegrambots.meta.generics.TelegramClient;

/** The Telegram adapter, on when {@code TELEGRAM_BOT_TOKEN} is set. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(TelegramProperties.class)
@ConditionalOnTelegram
class TelegramConfiguration {

  @Bean
  TelegramClient telegramClient(TelegramProperties properties) {
    if (properties.webhook()
        && (isBlank(properties.webhookUrl()) || isBlank(properties.webhookSecret()))) {
      throw new IllegalStateException(
          "TELEGRAM_MODE=webhook needs TELEGRAM_WEBHOOK_URL and TELEGRAM_WEBHOOK_SECRET.");
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
  TelegramSender telegramSender(TelegramClient client, TelegramFiles files) {
    return new TelegramSender(client, files);
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
      ChatMigrations migrations) {
    return new TelegramBot(properties, client, sender, ingress, engine, link, migrations);
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
