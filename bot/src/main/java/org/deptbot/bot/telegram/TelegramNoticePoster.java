package org.deptbot.bot.telegram;

import java.io.ByteArrayInputStream;
import java.io.Serializable;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.deptbot.bot.chat.Messages;
import org.deptbot.bot.delivery.NoticePost;
import org.deptbot.bot.delivery.NoticePostLimits;
import org.deptbot.bot.delivery.NoticePoster;
import org.deptbot.bot.delivery.PostOutcome;
import org.deptbot.bot.delivery.UploadedFiles;
import org.deptbot.core.delivery.RecipientKind;
import org.deptbot.core.notices.LimitExceeded;
import org.deptbot.core.staff.ChatPlatform;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.meta.api.methods.botapimethods.BotApiMethod;
import org.telegram.telegrambots.meta.api.methods.send.SendMessage;
import org.telegram.telegrambots.meta.api.methods.send.SendPhoto;
import org.telegram.telegrambots.meta.api.methods.updatingmessages.DeleteMessage;
import org.telegram.telegrambots.meta.api.methods.updatingmessages.EditMessageCaption;
import org.telegram.telegrambots.meta.api.methods.updatingmessages.EditMessageText;
import org.telegram.telegrambots.meta.api.objects.InputFile;
import org.telegram.telegrambots.meta.api.objects.message.Message;
import org.telegram.telegrambots.meta.api.objects.photo.PhotoSize;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import org.telegram.telegrambots.meta.exceptions.TelegramApiRequestException;
import org.telegram.telegrambots.meta.generics.TelegramClient;

/**
 * Posts notices on Telegram, one Bot API call per attempt. A post with a photo carries the text as
 * its caption, so it must fit in 1024 characters; its message id is kept as {@code p:<id>} so an
 * edit changes the caption rather than the text.
 *
 * <p>A bot may delete its own message only within 48 hours of sending it (unless it is an
 * administrator with the right to delete); after that deleteMessage answers "message can't be
 * deleted", reported as {@link PostOutcome.NotRemovable} so the engine edits the post instead. An
 * edit cannot take a photo away: editMessageMedia only swaps it for other media, and the bot has no
 * neutral picture that would be better than none, so only the caption is replaced and the engine
 * tells the issuer the photo is still shown ({@link #editKeepsPicture}).
 */
class TelegramNoticePoster implements NoticePoster {

  private static final String PHOTO = "p:";
  private static final Logger log = LoggerFactory.getLogger(TelegramNoticePoster.class);
  private final TelegramClient client;
  private final Messages messages;
  private final UploadedFiles uploads;
  private final Map<String, Object> uploading = new ConcurrentHashMap<>();

  TelegramNoticePoster(TelegramClient client, Messages messages, UploadedFiles uploads) {
    this.client = client;
    this.messages = messages;
    this.uploads = uploads;
  }

  @Override
  public ChatPlatform platform() {
    return ChatPlatform.TELEGRAM;
  }

  @Override
  public PostOutcome post(RecipientKind kind, String chatId, NoticePost post) {
    String html = post.asRichText().toHtml("\n");
    try {
      if (post.image() != null) {
        return new PostOutcome.Posted(PHOTO + sendPhoto(chatId, post, html).getMessageId());
      }
      Message sent =
          client.execute(SendMessage.builder().chatId(chatId).text(html).parseMode("HTML").build());
      return new PostOutcome.Posted(String.valueOf(sent.getMessageId()));
    } catch (TelegramApiException e) {
      return outcomeOf(e, null);
    }
  }

  /**
   * Sends the photo by the file_id Telegram gave its first upload, so its bytes go up once however
   * many chats get it. The first send of a photo uploads it, one thread at a time per photo, and
   * keeps the file_id; a file_id Telegram refuses (another bot token, say) is forgotten and the
   * photo uploaded once more.
   */
  private Message sendPhoto(String chatId, NoticePost post, String html)
      throws TelegramApiException {
    String key = post.text().photoValue();
    if (key == null) {
      return client.execute(photo(chatId, upload(post), html));
    }
    Optional<String> known = uploads.find(ChatPlatform.TELEGRAM, key);
    if (known.isEmpty()) {
      synchronized (uploading.computeIfAbsent(key, k -> new Object())) {
        known = uploads.find(ChatPlatform.TELEGRAM, key);
        if (known.isEmpty()) {
          return uploadAndKeep(chatId, post, html, key);
        }
      }
    }
    try {
      return client.execute(photo(chatId, new InputFile(known.get()), html));
    } catch (TelegramApiRequestException refused) {
      String said = String.valueOf(refused.getApiResponse()).toLowerCase(Locale.ROOT);
      if (refused.getErrorCode() == null
          || refused.getErrorCode() != 400
          || !(said.contains("file identifier") || said.contains("file_id"))) {
        throw refused;
      }
      log.info("Telegram refused the stored file_id of {}; uploading it again", key);
      uploads.forget(ChatPlatform.TELEGRAM, key, known.get());
      return uploadAndKeep(chatId, post, html, key);
    }
  }

  private Message uploadAndKeep(String chatId, NoticePost post, String html, String key)
      throws TelegramApiException {
    Message sent = client.execute(photo(chatId, upload(post), html));
    List<PhotoSize> sizes = sent.getPhoto();
    if (sizes != null && !sizes.isEmpty()) {
      // the largest size is the photo itself; a thumbnail's file_id cannot be sent again
      PhotoSize largest =
          sizes.stream()
              .max(
                  Comparator.comparingLong(
                      (PhotoSize size) -> (long) size.getWidth() * size.getHeight()))
              .orElseThrow();
      uploads.remember(ChatPlatform.TELEGRAM, key, largest.getFileId());
    }
    return sent;
  }

  private static InputFile upload(NoticePost post) {
    return new InputFile(new ByteArrayInputStream(post.image().bytes()), post.image().fileName());
  }

  private static SendPhoto photo(String chatId, InputFile file, String html) {
    return SendPhoto.builder().chatId(chatId).photo(file).caption(html).parseMode("HTML").build();
  }

  @Override
  public PostOutcome edit(RecipientKind kind, String chatId, String messageId, NoticePost post) {
    boolean photo = messageId.startsWith(PHOTO);
    int id = Integer.parseInt(photo ? messageId.substring(PHOTO.length()) : messageId);
    String html = post.asRichText().toHtml("\n");
    BotApiMethod<? extends Serializable> edit =
        photo
            ? EditMessageCaption.builder()
                .chatId(chatId)
                .messageId(id)
                .caption(html)
                .parseMode("HTML")
                .build()
            : EditMessageText.builder()
                .chatId(chatId)
                .messageId(id)
                .text(html)
                .parseMode("HTML")
                .build();
    try {
      client.execute(edit);
      return new PostOutcome.Posted(messageId);
    } catch (TelegramApiException e) {
      return outcomeOf(e, messageId);
    }
  }

  @Override
  public PostOutcome delete(RecipientKind kind, String chatId, String messageId) {
    String id = messageId.startsWith(PHOTO) ? messageId.substring(PHOTO.length()) : messageId;
    try {
      client.execute(DeleteMessage.builder().chatId(chatId).messageId(Integer.valueOf(id)).build());
      return new PostOutcome.Posted(messageId);
    } catch (TelegramApiException e) {
      return outcomeOf(e, messageId);
    }
  }

  @Override
  public boolean editKeepsPicture(String messageId) {
    return messageId.startsWith(PHOTO);
  }

  @Override
  public List<LimitExceeded> check(NoticePost post) {
    return NoticePostLimits.check(platform(), post);
  }

  /** Telegram's answer, sorted into what the delivery engine does next. */
  private PostOutcome outcomeOf(TelegramApiException e, String messageId) {
    if (!(e instanceof TelegramApiRequestException refused) || refused.getErrorCode() == null) {
      return new PostOutcome.Transient(messages.get("delivery.telegram.unreachable"));
    }
    Long movedTo =
        refused.getParameters() == null ? null : refused.getParameters().getMigrateToChatId();
    if (movedTo != null) {
      return new PostOutcome.Moved(String.valueOf(movedTo));
    }
    Integer retryAfter =
        refused.getParameters() == null ? null : refused.getParameters().getRetryAfter();
    if (retryAfter != null) {
      return new PostOutcome.RetryAfter(Duration.ofSeconds(Math.max(1, retryAfter)));
    }
    String said = refused.getApiResponse() == null ? "" : refused.getApiResponse();
    String lower = said.toLowerCase(Locale.ROOT);
    int code = refused.getErrorCode();
    if (code >= 500) {
      return new PostOutcome.Transient(messages.get("delivery.telegram.server-error", code));
    }
    if (lower.contains("message is not modified") && messageId != null) {
      return new PostOutcome.Posted(messageId);
    }
    if (lower.contains("message can't be deleted")) {
      return new PostOutcome.NotRemovable(messages.get("delivery.telegram.not-removable"));
    }
    if (lower.contains("message to edit not found")
        || lower.contains("message can't be edited")
        || lower.contains("message to delete not found")) {
      return new PostOutcome.NotEditable(messages.get("delivery.telegram.not-editable"));
    }
    if (code == 403) {
      return new PostOutcome.Permanent(messages.get("delivery.telegram.blocked", said), true);
    }
    if (lower.contains("chat not found")) {
      return new PostOutcome.Permanent(messages.get("delivery.telegram.no-chat"), true);
    }
    return new PostOutcome.Permanent(messages.get("delivery.telegram.refused", code, said), false);
  }
}
