package org.deptbot.bot.telegram;

import java.io.ByteArrayInputStream;
import java.io.Serializable;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import org.deptbot.bot.chat.Messages;
import org.deptbot.bot.delivery.NoticePost;
import org.deptbot.bot.delivery.NoticePoster;
import org.deptbot.bot.delivery.PostLimits;
import org.deptbot.bot.delivery.PostOutcome;
import org.deptbot.core.delivery.RecipientKind;
import org.deptbot.core.notices.LimitExceeded;
import org.deptbot.core.staff.ChatPlatform;
import org.telegram.telegrambots.meta.api.methods.botapimethods.BotApiMethod;
import org.telegram.telegrambots.meta.api.methods.send.SendMessage;
import org.telegram.telegrambots.meta.api.methods.send.SendPhoto;
import org.telegram.telegrambots.meta.api.methods.updatingmessages.DeleteMessage;
import org.telegram.telegrambots.meta.api.methods.updatingmessages.EditMessageCaption;
import org.telegram.telegrambots.meta.api.methods.updatingmessages.EditMessageText;
import org.telegram.telegrambots.meta.api.objects.InputFile;
import org.telegram.telegrambots.meta.api.objects.message.Message;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import org.telegram.telegrambots.meta.exceptions.TelegramApiRequestException;
import org.telegram.telegrambots.meta.generics.TelegramClient;

/**
 * Posts notices on Telegram, one Bot API call per attempt. A post with a photo carries the text as
 * its caption, so it must fit in 1024 characters; its message id is kept as {@code p:<id>} so an
 * edit changes the caption rather than the text.
 */
class TelegramNoticePoster implements NoticePoster {

  private static final String PHOTO = "p:";
  private final TelegramClient client;
  private final Messages messages;

  TelegramNoticePoster(TelegramClient client, Messages messages) {
    this.client = client;
    this.messages = messages;
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
        SendPhoto photo =
            SendPhoto.builder()
                .chatId(chatId)
                .photo(
                    new InputFile(
                        new ByteArrayInputStream(post.image().bytes()), post.image().fileName()))
                .caption(html)
                .parseMode("HTML")
                .build();
        return new PostOutcome.Posted(PHOTO + client.execute(photo).getMessageId());
      }
      Message sent =
          client.execute(SendMessage.builder().chatId(chatId).text(html).parseMode("HTML").build());
      return new PostOutcome.Posted(String.valueOf(sent.getMessageId()));
    } catch (TelegramApiException e) {
      return outcomeOf(e, null);
    }
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
  public List<LimitExceeded> check(NoticePost post) {
    return PostLimits.check(platform(), post);
  }

  /** Telegram's answer, sorted into what the delivery engine does next. */
  private PostOutcome outcomeOf(TelegramApiException e, String messageId) {
    if (!(e instanceof TelegramApiRequestException refused) || refused.getErrorCode() == null) {
      return new PostOutcome.Transient(messages.get("delivery.telegram.unreachable"));
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
    if (lower.contains("message to edit not found")
        || lower.contains("message can't be edited")
        || lower.contains("message to delete not found")
        || lower.contains("message can't be deleted")) {
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
