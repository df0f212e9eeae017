package org.deptbot.bot.telegram;

import java.util.Optional;
import org.deptbot.bot.chat.ChatTarget;
import org.deptbot.bot.chat.ChatUser;
import org.deptbot.bot.chat.Incoming;
import org.deptbot.core.staff.ChatIdentity;
import org.deptbot.core.staff.ChatPlatform;
import org.telegram.telegrambots.meta.api.objects.CallbackQuery;
import org.telegram.telegrambots.meta.api.objects.Update;
import org.telegram.telegrambots.meta.api.objects.User;
import org.telegram.telegrambots.meta.api.objects.chat.Chat;
import org.telegram.telegrambots.meta.api.objects.message.Message;

/** Translates Telegram updates into the engine's records; other kinds of update are ignored. */
final class TelegramUpdates {

  private TelegramUpdates() {}

  static Optional<Incoming> toIncoming(Update update) {
    String key = "telegram:" + update.getUpdateId();
    if (update.hasCallbackQuery()) {
      CallbackQuery query = update.getCallbackQuery();
      if (query.getMessage() == null) {
        return Optional.empty();
      }
      return Optional.of(
          new Incoming.ButtonPress(
              key,
              user(query.getFrom()),
              target(query.getMessage().getChat()),
              query.getData(),
              String.valueOf(query.getMessage().getMessageId()),
              query.getId()));
    }
    if (update.hasMessage() && update.getMessage().getFrom() != null) {
      Message message = update.getMessage();
      if (message.hasText()) {
        return Optional.of(
            new Incoming.TextMessage(
                key, user(message.getFrom()), target(message.getChat()), message.getText()));
      }
      if (message.hasPhoto() || message.hasDocument()) {
        return Optional.of(
            new Incoming.AttachmentMessage(
                key,
                user(message.getFrom()),
                target(message.getChat()),
                null,
                message.getCaption()));
      }
    }
    return Optional.empty();
  }

  private static ChatUser user(User user) {
    return new ChatUser(
        new ChatIdentity(ChatPlatform.TELEGRAM, String.valueOf(user.getId())), user.getFirstName());
  }

  private static ChatTarget target(Chat chat) {
    return new ChatTarget(ChatPlatform.TELEGRAM, String.valueOf(chat.getId()), chat.isUserChat());
  }
}
