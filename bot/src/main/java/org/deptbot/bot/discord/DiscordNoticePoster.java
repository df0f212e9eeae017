package org.deptbot.bot.discord;

import java.util.List;
import net.dv8tion.jda.api.entities.Message;
import net.dv8tion.jda.api.entities.channel.concrete.NewsChannel;
import net.dv8tion.jda.api.entities.channel.middleman.GuildMessageChannel;
import net.dv8tion.jda.api.entities.channel.middleman.MessageChannel;
import net.dv8tion.jda.api.exceptions.ErrorResponseException;
import net.dv8tion.jda.api.exceptions.RateLimitedException;
import net.dv8tion.jda.api.requests.ErrorResponse;
import net.dv8tion.jda.api.utils.messages.MessageCreateBuilder;
import net.dv8tion.jda.api.utils.messages.MessageEditBuilder;
import org.deptbot.bot.chat.Messages;
import org.deptbot.bot.delivery.NoticePost;
import org.deptbot.bot.delivery.NoticePoster;
import org.deptbot.bot.delivery.PostOutcome;
import org.deptbot.core.delivery.RecipientKind;
import org.deptbot.core.notices.LimitExceeded;
import org.deptbot.core.staff.ChatPlatform;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Posts notices on Discord as embeds, in a server channel or in a subscriber's DMs: the recipient's
 * kind says which (a channel's id and a user's look alike). A post in an announcement channel comes
 * back to be published to the servers that follow it, as a step of its own ({@link #publish}),
 * since Discord limits publishing far more than posting. Each call is one request: JDA is told not
 * to queue or retry, so a 429 comes back as {@link PostOutcome.RetryAfter} for the delivery engine
 * to honour.
 */
public class DiscordNoticePoster implements NoticePoster {

  private static final Logger log = LoggerFactory.getLogger(DiscordNoticePoster.class);
  private static final int ALREADY_CROSSPOSTED = 40033;

  private final DiscordClient client;
  private final DiscordFailures failures;
  private final Messages messages;

  DiscordNoticePoster(DiscordClient client, Messages messages) {
    this.client = client;
    this.failures = new DiscordFailures(messages);
    this.messages = messages;
  }

  @Override
  public ChatPlatform platform() {
    return ChatPlatform.DISCORD;
  }

  @Override
  public PostOutcome post(RecipientKind kind, String chatId, NoticePost post) {
    PostOutcome unfit = unfit(post);
    if (unfit != null) {
      return unfit;
    }
    try {
      MessageChannel channel = channel(kind, chatId);
      var message = new MessageCreateBuilder().setEmbeds(NoticeEmbed.of(post));
      if (post.image() != null) {
        message.setFiles(DiscordMessageData.file(post.image()));
      }
      Message sent = channel.sendMessage(message.build()).complete(false);
      return new PostOutcome.Posted(sent.getId(), channel instanceof NewsChannel);
    } catch (RateLimitedException | RuntimeException e) {
      return failures.outcome(e, false);
    }
  }

  @Override
  public PostOutcome edit(RecipientKind kind, String chatId, String messageId, NoticePost post) {
    PostOutcome unfit = unfit(post);
    if (unfit != null) {
      return unfit;
    }
    try {
      var message = new MessageEditBuilder().setContent("").setEmbeds(NoticeEmbed.of(post));
      message.setAttachments(
          post.image() == null ? List.of() : List.of(DiscordMessageData.file(post.image())));
      channel(kind, chatId).editMessageById(messageId, message.build()).complete(false);
      return new PostOutcome.Posted(messageId);
    } catch (RateLimitedException | RuntimeException e) {
      return failures.outcome(e, true);
    }
  }

  @Override
  public PostOutcome delete(RecipientKind kind, String chatId, String messageId) {
    if (!client.connected()) {
      return new PostOutcome.Transient(messages.get("discord.post.not-connected"));
    }
    try {
      channel(kind, chatId).deleteMessageById(messageId).complete(false);
      return new PostOutcome.Posted(messageId);
    } catch (ErrorResponseException e) {
      return e.getErrorResponse() == ErrorResponse.UNKNOWN_MESSAGE
          ? new PostOutcome.Posted(messageId) // gone already: what was asked
          : failures.outcome(e, false);
    } catch (RateLimitedException | RuntimeException e) {
      return failures.outcome(e, false);
    }
  }

  @Override
  public List<LimitExceeded> check(NoticePost post) {
    return NoticeEmbed.check(post);
  }

  /** Over the limits, or no session yet (the channels are not known). */
  private PostOutcome unfit(NoticePost post) {
    List<LimitExceeded> over = check(post);
    if (!over.isEmpty()) {
      LimitExceeded first = over.get(0);
      return new PostOutcome.Permanent(
          messages.get("discord.post.too-long", first.part(), first.length(), first.limit()),
          false);
    }
    if (!client.connected()) {
      return new PostOutcome.Transient(messages.get("discord.post.not-connected"));
    }
    return null;
  }

  /**
   * Where to post: a subscriber's DM channel, opened by their user id, or a department channel by
   * its id, which must be one the bot sees now. A channel it does not see, while one of its servers
   * is unavailable (an outage at Discord), may be in that server: a failure to try again later.
   */
  private MessageChannel channel(RecipientKind kind, String chatId) throws RateLimitedException {
    var jda = client.jda();
    if (kind == RecipientKind.SUBSCRIBER) {
      return jda.openPrivateChannelById(chatId).complete(false);
    }
    GuildMessageChannel channel = jda.getChannelById(GuildMessageChannel.class, chatId);
    if (channel == null) {
      throw new DiscordFailures.ChannelNotSeen(chatId, !jda.getUnavailableGuilds().isEmpty());
    }
    return channel;
  }

  @Override
  public boolean publishes() {
    return true;
  }

  /**
   * Publishes (crossposts) a post of an announcement channel to the servers that follow it. Discord
   * allows only about ten an hour per channel; its 429 comes back as {@link PostOutcome.RetryAfter}
   * (often most of an hour). A message published already counts as done, so a retry after a crash
   * publishes nothing twice.
   */
  @Override
  public PostOutcome publish(String chatId, String messageId) {
    if (!client.connected()) {
      return new PostOutcome.Transient(messages.get("discord.post.not-connected"));
    }
    try {
      NewsChannel announcements = client.jda().getNewsChannelById(chatId);
      if (announcements == null) {
        return new PostOutcome.Permanent(messages.get("discord.post.not-announcements"), false);
      }
      announcements.crosspostMessageById(messageId).complete(false);
      return new PostOutcome.Posted(messageId);
    } catch (ErrorResponseException e) {
      if (e.getErrorCode() == ALREADY_CROSSPOSTED) {
        return new PostOutcome.Posted(messageId);
      }
      log.warn("Discord: post {} not published to following servers: {}", messageId, e.toString());
      return failures.outcome(e, false);
    } catch (RateLimitedException | RuntimeException e) {
      return failures.outcome(e, false);
    }
  }
}
