package org.deptbot.bot.telegram.fake;

import java.util.List;

/**
 * A snapshot of one message the bot sent.
 *
 * <p>{@code rawText} and {@code plainText} are the text as first sent, before and after parsing
 * (Telegram trims surrounding white space); for a photo they hold its caption, which {@code
 * caption} repeats ({@code caption} is null for text messages). {@code buttons} is the keyboard as
 * it is now, after any {@code editMessageReplyMarkup}; {@code editHistory} lists the plain texts of
 * later {@code editMessageText} (or, for a photo, {@code editMessageCaption}) calls in order.
 * {@code photoBytes} is the uploaded file's size, 0 when the photo was sent by URL or file_id.
 */
public record SentMessage(
    int messageId,
    long chatId,
    String rawText,
    String plainText,
    String parseMode,
    List<List<InlineButton>> buttons,
    List<String> editHistory,
    boolean isPhoto,
    String caption,
    int photoBytes,
    boolean deleted) {

  /** The text a user sees now: the last edit, or the text as sent. */
  public String currentText() {
    return editHistory.isEmpty() ? plainText : editHistory.get(editHistory.size() - 1);
  }

  /** The callback data of every button, row by row. */
  public List<String> callbackData() {
    return buttons.stream()
        .flatMap(List::stream)
        .map(InlineButton::callbackData)
        .filter(data -> data != null)
        .toList();
  }
}
