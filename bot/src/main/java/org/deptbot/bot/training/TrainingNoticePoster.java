package org.deptbot.bot.training;

import java.util.List;
import org.deptbot.bot.chat.Messages;
import org.deptbot.bot.chat.RichText;
import org.deptbot.bot.delivery.NoticePost;
import org.deptbot.bot.delivery.NoticePoster;
import org.deptbot.bot.delivery.PostOutcome;
import org.deptbot.bot.delivery.StandInPoster;
import org.deptbot.core.channels.Channel;
import org.deptbot.core.channels.Channels;
import org.deptbot.core.delivery.RecipientKind;
import org.deptbot.core.notices.LimitExceeded;
import org.deptbot.core.staff.ChatPlatform;

/**
 * Shows notices in the training page. Posts to a department channel appear under "Public channels",
 * headed with the channel's name; posts to a training persona (a subscriber) appear in that
 * persona's chat. It stands in for Telegram and Discord while they are off, so a newcomer sees
 * where a notice would have gone; nothing leaves the machine.
 */
class TrainingNoticePoster implements StandInPoster {

  private final TrainingChat chat;
  private final Channels channels;
  private final Messages messages;

  TrainingNoticePoster(TrainingChat chat, Channels channels, Messages messages) {
    this.chat = chat;
    this.channels = channels;
    this.messages = messages;
  }

  @Override
  public NoticePoster standingInFor(ChatPlatform platform) {
    return new NoticePoster() {
      @Override
      public ChatPlatform platform() {
        return platform;
      }

      @Override
      public PostOutcome post(RecipientKind kind, String chatId, NoticePost post) {
        return new PostOutcome.Posted(
            transcriptOf(platform, chatId).add("bot", html(platform, chatId, post), List.of()));
      }

      @Override
      public PostOutcome edit(
          RecipientKind kind, String chatId, String messageId, NoticePost post) {
        transcriptOf(platform, chatId).replace(messageId, html(platform, chatId, post), List.of());
        return new PostOutcome.Posted(messageId);
      }

      @Override
      public PostOutcome delete(RecipientKind kind, String chatId, String messageId) {
        transcriptOf(platform, chatId)
            .replace(
                messageId,
                RichText.escapeHtml(messages.get("training.channels.deleted")),
                List.of());
        return new PostOutcome.Posted(messageId);
      }

      @Override
      public List<LimitExceeded> check(NoticePost post) {
        return List.of();
      }
    };
  }

  private Transcript transcriptOf(ChatPlatform platform, String chatId) {
    return platform == ChatPlatform.TRAINING
        ? chat.transcript(chatId)
        : chat.transcript(TrainingPersonas.CHANNELS);
  }

  /** Channel posts say where they would have gone; a picture shows inline. */
  private String html(ChatPlatform platform, String chatId, NoticePost post) {
    String body = TrainingChat.picture(post.image()) + post.asRichText().toHtml("<br>");
    if (platform == ChatPlatform.TRAINING) {
      return body;
    }
    String where =
        channels.all().stream()
            .filter(c -> c.platform() == platform && c.chatId().equals(chatId))
            .map(Channel::name)
            .findFirst()
            .orElse(chatId);
    String heading =
        messages.get(
            "training.channels.heading",
            where,
            platform.name().charAt(0) + platform.name().substring(1).toLowerCase());
    return "<i>" + RichText.escapeHtml(heading) + "</i><br>" + body;
  }
}
