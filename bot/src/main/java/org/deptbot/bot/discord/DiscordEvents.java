package org.deptbot.bot.discord;

import java.net.URLConnection;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import net.dv8tion.jda.api.entities.Message;
import net.dv8tion.jda.api.entities.MessageReference;
import net.dv8tion.jda.api.entities.User;
import net.dv8tion.jda.api.entities.channel.ChannelType;
import net.dv8tion.jda.api.events.interaction.ModalInteractionEvent;
import net.dv8tion.jda.api.events.interaction.command.SlashCommandInteractionEvent;
import net.dv8tion.jda.api.events.interaction.component.ButtonInteractionEvent;
import net.dv8tion.jda.api.events.message.MessageReceivedEvent;
import net.dv8tion.jda.api.hooks.ListenerAdapter;
import net.dv8tion.jda.api.interactions.InteractionHook;
import net.dv8tion.jda.api.interactions.commands.OptionMapping;
import net.dv8tion.jda.api.interactions.modals.ModalMapping;
import net.dv8tion.jda.api.requests.RestAction;
import org.deptbot.bot.chat.Button;
import org.deptbot.bot.chat.ButtonActions;
import org.deptbot.bot.chat.ChatIngress;
import org.deptbot.bot.chat.ChatTarget;
import org.deptbot.bot.chat.ChatUser;
import org.deptbot.bot.chat.Incoming;
import org.deptbot.core.staff.ChatIdentity;
import org.deptbot.core.staff.ChatPlatform;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Translates Discord events into the engine's records. An interaction is acknowledged (deferred)
 * first, well inside Discord's three seconds however slow the database is, then stored, and the
 * engine's work is queued; the replies follow through the interaction's hook however long it takes
 * (or by DM, when Discord refused the acknowledgement as too late).
 *
 * <p>A button that opens a form is answered with the form (a modal must be the first answer, so it
 * is not deferred) and never reaches the engine; the form's submission does, as a text message in
 * the person's direct messages, as if they had typed it there.
 */
class DiscordEvents extends ListenerAdapter {

  /** The option every slash command takes: whatever follows the command name. */
  static final String TEXT_OPTION = "text";

  private static final Logger log = LoggerFactory.getLogger(DiscordEvents.class);

  private final ChatIngress ingress;
  private final ButtonActions buttons;
  private final DiscordSender sender;
  private final PendingInteractions pending;
  private final Set<String> privateCommands;
  private final Executor handling;
  private final Clock clock;

  DiscordEvents(
      ChatIngress ingress,
      ButtonActions buttons,
      DiscordSender sender,
      PendingInteractions pending,
      Set<String> privateCommands,
      Executor handling,
      Clock clock) {
    this.ingress = ingress;
    this.buttons = buttons;
    this.sender = sender;
    this.pending = pending;
    this.privateCommands = Set.copyOf(privateCommands);
    this.handling = handling;
    this.clock = clock;
  }

  @Override
  public void onSlashCommandInteraction(SlashCommandInteractionEvent event) {
    ChatUser user = user(event.getUser(), event.getUserLocale().getLocale());
    boolean inServer = event.getChannelType() != ChannelType.PRIVATE;
    ChatTarget here = inServer ? serverChannel(event.getChannelId()) : privateChat(user);
    boolean redirected = inServer && privateCommands.contains(event.getName());
    OptionMapping text = event.getOption(TEXT_OPTION);
    String line = "/" + event.getName() + (text == null ? "" : " " + text.getAsString());
    var incoming =
        new Incoming.TextMessage(
            key(event.getId()), user, redirected ? privateChat(user) : here, line);
    var acknowledged = acknowledge(event.deferReply(inServer), incoming);
    if (!ingress.receive(incoming)) {
      return;
    }
    pending.put(
        incoming.updateKey(),
        new PendingInteraction(
            event.getHook(),
            here,
            true,
            null,
            redirected,
            inServer,
            clock.instant(),
            acknowledged));
    handle(incoming, acknowledged);
  }

  @Override
  public void onButtonInteraction(ButtonInteractionEvent event) {
    ChatUser user = user(event.getUser(), event.getUserLocale().getLocale());
    Optional<Button.Form> form = buttons.formFor(event.getComponentId(), user.identity());
    if (form.isPresent()) {
      event
          .replyModal(DiscordComponents.modal(event.getComponentId(), form.get()))
          .queue(
              null, failure -> log.warn("Discord: could not open a form: {}", failure.toString()));
      return;
    }
    boolean inServer = event.getChannelType() != ChannelType.PRIVATE;
    ChatTarget here = inServer ? serverChannel(event.getChannelId()) : privateChat(user);
    var incoming =
        new Incoming.ButtonPress(
            key(event.getId()),
            user,
            here,
            event.getComponentId(),
            event.getMessageId(),
            event.getId());
    var acknowledged = acknowledge(event.deferEdit(), incoming);
    if (!ingress.receive(incoming)) {
      return;
    }
    pending.put(
        incoming.updateKey(),
        new PendingInteraction(
            event.getHook(),
            here,
            false,
            event.getMessageId(),
            false,
            inServer,
            clock.instant(),
            acknowledged));
    handle(incoming, acknowledged);
  }

  /**
   * A submitted form: its text, as if typed in the person's direct messages. In a DM the press's
   * message is left as it is (deferred edit) and the replies follow there; in a server channel the
   * "thinking" message says the conversation carries on in a direct message.
   */
  @Override
  public void onModalInteraction(ModalInteractionEvent event) {
    ChatUser user = user(event.getUser(), event.getUserLocale().getLocale());
    boolean inServer = event.getChannelType() != ChannelType.PRIVATE;
    ModalMapping field = event.getValue(DiscordComponents.FORM_FIELD);
    var incoming =
        new Incoming.TextMessage(
            key(event.getId()), user, privateChat(user), field == null ? "" : field.getAsString());
    var acknowledged = acknowledge(inServer ? event.deferReply(true) : event.deferEdit(), incoming);
    if (!ingress.receive(incoming)) {
      return;
    }
    if (inServer) {
      pending.put(
          incoming.updateKey(),
          new PendingInteraction(
              event.getHook(),
              serverChannel(event.getChannelId()),
              true,
              null,
              true,
              true,
              clock.instant(),
              acknowledged));
    }
    handle(incoming, acknowledged);
  }

  /**
   * Direct messages only: server messages carry no content without a privileged intent. A message
   * with files becomes one update per file (its text goes with the first), each referring to the
   * file by its CDN link; the file is downloaded when the update is handled, right after.
   */
  @Override
  public void onMessageReceived(MessageReceivedEvent event) {
    if (!event.isFromType(ChannelType.PRIVATE) || event.getAuthor().isBot()) {
      return;
    }
    for (Incoming incoming : updates(event.getMessage(), user(event.getAuthor()))) {
      if (ingress.receive(incoming)) {
        handle(incoming, CompletableFuture.completedFuture(null));
      }
    }
  }

  private static List<Incoming> updates(Message message, ChatUser user) {
    ChatTarget dm = privateChat(user);
    List<Message.Attachment> files = message.getAttachments();
    if (files.isEmpty()) {
      MessageReference reference = message.getMessageReference();
      return List.of(
          new Incoming.TextMessage(
              key(message.getId()),
              user,
              dm,
              message.getContentRaw(),
              reference == null ? null : reference.getMessageId()));
    }
    List<Incoming> updates = new ArrayList<>();
    for (int i = 0; i < files.size(); i++) {
      Message.Attachment file = files.get(i);
      updates.add(
          new Incoming.AttachmentMessage(
              key(message.getId()) + (i == 0 ? "" : ":" + i),
              user,
              dm,
              Incoming.Attachment.referred(
                  file.getFileName(), mediaType(file), file.getSize(), file.getUrl()),
              i == 0 ? message.getContentRaw() : null));
    }
    return updates;
  }

  /** The type Discord gives (without parameters), else the one the file name suggests. */
  private static String mediaType(Message.Attachment file) {
    String type = file.getContentType();
    if (type == null || type.isBlank()) {
      type = URLConnection.guessContentTypeFromName(file.getFileName());
    }
    if (type == null || type.isBlank()) {
      return "application/octet-stream";
    }
    int parameters = type.indexOf(';');
    return (parameters < 0 ? type : type.substring(0, parameters)).strip().toLowerCase(Locale.ROOT);
  }

  /**
   * Queues the update's handling, which starts once Discord has answered its acknowledgement (at
   * once for a DM), so the replies know whether the interaction's hook carries them. While the bot
   * stops, the queue takes no more: the update is stored, and handled at the next start.
   */
  private void handle(Incoming incoming, CompletableFuture<?> acknowledged) {
    try {
      handling.execute(
          () -> {
            awaitAnswer(acknowledged);
            ingress.process(incoming.updateKey(), sender);
          });
    } catch (RejectedExecutionException stopping) {
      log.info("Discord: stopping; {} is stored for the next start", incoming.updateKey());
    }
  }

  /** Waits (a while at most) until Discord has taken or refused the acknowledgement. */
  private static void awaitAnswer(CompletableFuture<?> acknowledged) {
    try {
      acknowledged.handle((taken, refused) -> null).get(15, TimeUnit.SECONDS);
    } catch (ExecutionException | TimeoutException e) {
      // no answer: the replies find out for themselves whether the hook works
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /**
   * Sends the acknowledgement at once, before the update is stored: Discord allows three seconds,
   * and the database may take longer. The result says whether Discord took it in time.
   */
  private static CompletableFuture<InteractionHook> acknowledge(
      RestAction<InteractionHook> deferral, Incoming incoming) {
    CompletableFuture<InteractionHook> sent = deferral.submit();
    sent.whenComplete(
        (hook, failure) -> {
          if (failure != null) {
            log.warn(
                "Discord: could not acknowledge {}: {}", incoming.updateKey(), failure.toString());
          }
        });
    return sent;
  }

  private static String key(String discordId) {
    return "discord:" + discordId;
  }

  private static ChatUser user(User user) {
    return user(user, null);
  }

  /** With the language the user's Discord is set to: an interaction's {@code locale}. */
  private static ChatUser user(User user, String locale) {
    return new ChatUser(
        new ChatIdentity(ChatPlatform.DISCORD, user.getId()), user.getEffectiveName(), locale);
  }

  private static ChatTarget serverChannel(String channelId) {
    return new ChatTarget(ChatPlatform.DISCORD, channelId, false);
  }

  /** A private chat is addressed by the user's id; the sender opens the DM channel. */
  private static ChatTarget privateChat(ChatUser user) {
    return new ChatTarget(ChatPlatform.DISCORD, user.identity().userId(), true);
  }
}
