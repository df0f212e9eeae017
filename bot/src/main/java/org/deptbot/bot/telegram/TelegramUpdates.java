package org.deptbot.bot.telegram;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.deptbot.bot.chat.ChatTarget;
import org.deptbot.bot.chat.ChatUser;
import org.deptbot.bot.chat.Incoming;
import org.deptbot.core.staff.ChatIdentity;
import org.deptbot.core.staff.ChatPlatform;
import org.telegram.telegrambots.meta.api.objects.CallbackQuery;
import org.telegram.telegrambots.meta.api.objects.Document;
import org.telegram.telegrambots.meta.api.objects.Update;
import org.telegram.telegrambots.meta.api.objects.User;
import org.telegram.telegrambots.meta.api.objects.chat.Chat;
import org.telegram.telegrambots.meta.api.objects.message.Message;
import org.telegram.telegrambots.meta.api.objects.photo.PhotoSize;

/**
 * Translates Telegram updates into the engine's records; other kinds of update are ignored. A photo
 * or document becomes a reference to the file ({@link Incoming.Attachment#referred}), which {@link
 * TelegramFiles} fetches when the stored update is handled: receiving stays quick.
 */
final class TelegramUpdates {

  private TelegramUpdates() {}

  /** A chat's move to a new id, as its service message tells it. */
  record Migration(String from, String to) {}

  /**
   * The move a migration service message reports: {@code migrate_to_chat_id} in the old group,
   * {@code migrate_from_chat_id} in the new supergroup; both say the same, so either will do.
   */
  static Optional<Migration> migration(Update update) {
    if (!update.hasMessage()) {
      return Optional.empty();
    }
    Message message = update.getMessage();
    String chat = String.valueOf(message.getChatId());
    if (message.getMigrateToChatId() != null) {
      return Optional.of(new Migration(chat, String.valueOf(message.getMigrateToChatId())));
    }
    if (message.getMigrateFromChatId() != null) {
      return Optional.of(new Migration(String.valueOf(message.getMigrateFromChatId()), chat));
    }
    return Optional.empty();
  }

  static Optional<Incoming> toIncoming(Update update) {
    return toIncoming(update, null);
  }

  /**
   * As {@link #toIncoming(Update)}, for the bot called {@code botUsername} (null while unknown): a
   * command addressed to another bot ({@code /help@other_bot}, in a group) is left out, and one
   * addressed to this bot loses the {@code @name}.
   */
  static Optional<Incoming> toIncoming(Update update, String botUsername) {
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
        return addressed(message.getText(), botUsername)
            .map(
                text ->
                    new Incoming.TextMessage(
                        key,
                        user(message.getFrom()),
                        target(message.getChat()),
                        text,
                        repliedTo(message)));
      }
      if (message.hasPhoto() || message.hasDocument()) {
        return Optional.of(
            new Incoming.AttachmentMessage(
                key,
                user(message.getFrom()),
                target(message.getChat()),
                attachment(message),
                message.getCaption()));
      }
    }
    return Optional.empty();
  }

  /** The id of the message this one replies to, or null. */
  private static String repliedTo(Message message) {
    Message original = message.getReplyToMessage();
    return original == null ? null : String.valueOf(original.getMessageId());
  }

  /** The text for this bot, or empty when it is a command addressed to another bot. */
  static Optional<String> addressed(String text, String botUsername) {
    if (!text.startsWith("/") || botUsername == null) {
      return Optional.of(text);
    }
    int end = 0;
    while (end < text.length() && !Character.isWhitespace(text.charAt(end))) {
      end++;
    }
    String command = text.substring(0, end);
    int at = command.indexOf('@');
    if (at < 0) {
      return Optional.of(text);
    }
    if (!command.substring(at + 1).equalsIgnoreCase(botUsername)) {
      return Optional.empty();
    }
    return Optional.of(command.substring(0, at) + text.substring(end));
  }

  private static Incoming.Attachment attachment(Message message) {
    if (message.hasDocument()) {
      Document document = message.getDocument();
      return Incoming.Attachment.referred(
          document.getFileName() == null ? "document" : document.getFileName(),
          document.getMimeType() == null ? "application/octet-stream" : document.getMimeType(),
          document.getFileSize() == null ? 0 : document.getFileSize(),
          document.getFileId());
    }
    PhotoSize photo = largestPhoto(message.getPhoto());
    long size = photo.getFileSize() == null ? 0 : photo.getFileSize();
    return Incoming.Attachment.referred("photo.jpg", "image/jpeg", size, photo.getFileId());
  }

  /**
   * Telegram offers a photo in several sizes: the largest a bot may download (20 MB), or the
   * smallest when none is (which the engine then hears is too big).
   */
  private static PhotoSize largestPhoto(List<PhotoSize> sizes) {
    Comparator<PhotoSize> bySize =
        Comparator.comparingLong((PhotoSize p) -> p.getFileSize() == null ? 0 : p.getFileSize())
            .thenComparingLong(p -> pixels(p));
    return sizes.stream()
        .filter(p -> p.getFileSize() == null || p.getFileSize() <= TelegramFiles.MAX_BYTES)
        .max(bySize)
        .orElseGet(() -> sizes.stream().min(bySize).orElseThrow());
  }

  private static long pixels(PhotoSize photo) {
    return photo.getWidth() == null || photo.getHeight() == null
        ? 0
        : (long) photo.getWidth() * photo.getHeight();
  }

  private static ChatUser user(User user) {
    return new ChatUser(
        new ChatIdentity(ChatPlatform.TELEGRAM, String.valueOf(user.getId())),
        user.getFirstName(),
        user.getLanguageCode());
  }

  private static ChatTarget target(Chat chat) {
    return new ChatTarget(ChatPlatform.TELEGRAM, String.valueOf(chat.getId()), chat.isUserChat());
  }
}
