package org.deptbot.core.notices;

import java.util.ArrayList;
import java.util.List;
import org.deptbot.core.staff.ChatPlatform;

/**
 * The platforms' size limits for a post (the Bot API's message and caption lengths; Discord's embed
 * limits), so a preview can refuse what would not fit, in chat and in the console, even while the
 * platform itself is switched off.
 */
public final class PostLimits {

  public static final int TELEGRAM_TEXT = 4096;
  public static final int TELEGRAM_CAPTION = 1024;
  public static final int DISCORD_TITLE = 256;
  public static final int DISCORD_DESCRIPTION = 4096;
  public static final int DISCORD_FOOTER = 2048;
  public static final int DISCORD_EMBED_TOTAL = 6000;

  private PostLimits() {}

  /** What in {@code post} is over {@code platform}'s limits; empty when it fits. */
  public static List<LimitExceeded> check(ChatPlatform platform, NoticeText post) {
    return check(platform, post, post.hasPhoto());
  }

  /** As {@link #check(ChatPlatform, NoticeText)}, for a post sent with or without a photo. */
  public static List<LimitExceeded> check(
      ChatPlatform platform, NoticeText post, boolean withPhoto) {
    List<LimitExceeded> over = new ArrayList<>();
    switch (platform) {
      case TELEGRAM -> {
        int length = post.plainText().length();
        if (withPhoto && length > TELEGRAM_CAPTION) {
          over.add(new LimitExceeded(platform, "caption", length, TELEGRAM_CAPTION));
        } else if (length > TELEGRAM_TEXT) {
          over.add(new LimitExceeded(platform, "text", length, TELEGRAM_TEXT));
        }
      }
      case DISCORD -> {
        String title = String.join(" · ", post.banners()) + post.title();
        String description = String.join("\n", post.banners()) + "\n" + post.body();
        String footer = post.footer() + "\n" + post.disclaimer();
        if (post.title().length() > DISCORD_TITLE) {
          over.add(new LimitExceeded(platform, "title", post.title().length(), DISCORD_TITLE));
        }
        if (description.length() > DISCORD_DESCRIPTION) {
          over.add(new LimitExceeded(platform, "text", description.length(), DISCORD_DESCRIPTION));
        }
        int total =
            Math.min(title.length(), DISCORD_TITLE) + description.length() + footer.length();
        if (over.isEmpty() && total > DISCORD_EMBED_TOTAL) {
          over.add(new LimitExceeded(platform, "text", total, DISCORD_EMBED_TOTAL));
        }
      }
      case TRAINING -> {}
    }
    return over;
  }
}
