package org.deptbot.admin.channels;

import java.util.Set;
import java.util.regex.Pattern;
import org.deptbot.core.channels.Channel;
import org.deptbot.core.staff.ChatPlatform;
import org.deptbot.core.templates.NoticeCategory;

/**
 * A channel to add or change, checking itself with messages for the person who typed it; the same
 * rules as the seed file's channels.
 *
 * @param language the language its posts are in (a code, or {@link Channel#ALL}); null or blank
 *     keeps the channel's own (the form has no such field when the department posts in one
 *     language). {@link ChannelEdits} checks it against the department's languages
 */
record ChannelChange(
    String id,
    ChatPlatform platform,
    String chatId,
    String name,
    Set<NoticeCategory> categories,
    String language) {

  private static final Pattern ID = Pattern.compile("[A-Za-z0-9._-]{1,64}");
  private static final Pattern TELEGRAM_CHAT = Pattern.compile("-?[0-9]{1,20}");
  private static final Pattern DISCORD_CHANNEL = Pattern.compile("[0-9]{17,20}");

  ChannelChange {
    id = id == null ? "" : id.strip();
    chatId = chatId == null ? "" : chatId.strip();
    name = name == null || name.isBlank() ? null : name.strip();
    if (!ID.matcher(id).matches()) {
      throw new IllegalArgumentException(
          "The channel ID needs 1 to 64 letters, digits, dots, dashes or underscores.");
    }
    if (platform == null || !ChannelOverview.PLATFORMS.contains(platform)) {
      throw new IllegalArgumentException("Pick Telegram or Discord.");
    }
    Pattern chat = platform == ChatPlatform.TELEGRAM ? TELEGRAM_CHAT : DISCORD_CHANNEL;
    if (!chat.matcher(chatId).matches()) {
      throw new IllegalArgumentException(
          platform == ChatPlatform.TELEGRAM
              ? "A Telegram chat ID is a number, such as -1001000000001."
              : "A Discord channel ID is 17 to 20 digits.");
    }
    if (name != null && name.length() > 120) {
      throw new IllegalArgumentException("Keep the name to 120 characters.");
    }
    if (categories == null || categories.isEmpty()) {
      throw new IllegalArgumentException("Pick at least one category to post there.");
    }
    categories = Set.copyOf(categories);
    language =
        language == null || language.isBlank()
            ? null
            : language.strip().toLowerCase(java.util.Locale.ROOT);
  }

  /** A change that keeps the channel's language. */
  ChannelChange(
      String id,
      ChatPlatform platform,
      String chatId,
      String name,
      Set<NoticeCategory> categories) {
    this(id, platform, chatId, name, categories, null);
  }

  Channel toChannel() {
    return new Channel(id, platform, chatId, name == null ? id : name, categories);
  }
}
