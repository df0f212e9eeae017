package org.deptbot.bot.discord;

import java.util.ArrayList;
import java.util.List;
import net.dv8tion.jda.api.EmbedBuilder;
import net.dv8tion.jda.api.entities.MessageEmbed;
import org.deptbot.bot.delivery.NoticePost;
import org.deptbot.core.notices.LimitExceeded;
import org.deptbot.core.staff.ChatPlatform;
import org.deptbot.core.templates.Severity;

/**
 * A notice as a Discord embed: the colour says the severity, the banners (exercise, UPDATED,
 * CANCELLED) lead the description in bold, the body follows escaped, and the footer carries the
 * department's line and the disclaimer. A photo is attached and shown as the embed's image.
 */
final class NoticeEmbed {

  static final int MAX_TITLE = 256;
  static final int MAX_DESCRIPTION = 4096;
  static final int MAX_FOOTER = 2048;
  static final int MAX_TOTAL = 6000;

  private NoticeEmbed() {}

  static MessageEmbed of(NoticePost post) {
    var embed =
        new EmbedBuilder()
            .setColor(colour(post.severity()))
            .setDescription(description(post))
            .setFooter(footer(post));
    if (!post.title().isBlank()) {
      embed.setTitle(post.title());
    }
    if (post.image() != null) {
      embed.setImage("attachment://" + DiscordMessageData.uploadName(post.image()));
    }
    return embed.build();
  }

  /**
   * What is over Discord's embed limits, measured on the text as it is sent (escaped). The parts
   * are named as the notice preview words them: {@code title}, and {@code text} for the description
   * or, when that fits, the embed as a whole.
   */
  static List<LimitExceeded> check(NoticePost post) {
    List<LimitExceeded> over = new ArrayList<>();
    int title = post.title().length();
    int description = description(post).length();
    int footer = footer(post).length();
    add(over, "title", title, MAX_TITLE);
    add(over, "text", description, MAX_DESCRIPTION);
    add(over, "text", footer, MAX_FOOTER);
    if (over.isEmpty()) {
      add(over, "text", title + description + footer, MAX_TOTAL);
    }
    return over;
  }

  static String description(NoticePost post) {
    StringBuilder text = new StringBuilder();
    for (String banner : post.banners()) {
      text.append("**").append(DiscordMarkdown.escape(banner)).append("**\n");
    }
    if (!post.banners().isEmpty()) {
      text.append('\n');
    }
    return text.append(DiscordMarkdown.escape(post.body())).toString();
  }

  /** Embed footers show no markdown, so nothing is escaped here. */
  static String footer(NoticePost post) {
    if (post.disclaimer().isBlank()) {
      return post.footer();
    }
    return post.footer().isBlank() ? post.disclaimer() : post.footer() + "\n" + post.disclaimer();
  }

  static int colour(Severity severity) {
    if (severity == null) {
      return 0x607D8B;
    }
    return switch (severity) {
      case EXTREME -> 0xB71C1C;
      case SEVERE -> 0xE65100;
      case MODERATE -> 0xF9A825;
      case MINOR -> 0x1565C0;
    };
  }

  private static void add(List<LimitExceeded> over, String part, int length, int limit) {
    if (length > limit) {
      over.add(new LimitExceeded(ChatPlatform.DISCORD, part, length, limit));
    }
  }
}
