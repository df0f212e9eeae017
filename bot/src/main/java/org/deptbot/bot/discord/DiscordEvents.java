package org.deptbot.bot.discord;

import java.time.Clock;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Executor;
import net.dv8tion.jda.api.entities.Message;
import net.dv8tion.jda.api.entities.User;
import net.dv8tion.jda.api.entities.channel.ChannelType;
import net.dv8tion.jda.api.events.interaction.ModalInteractionEvent;
import net.dv8tion.jda.api.events.interaction.command.SlashCommandInteractionEvent;
import net.dv8tion.jda.api.events.interaction.component.ButtonInteractionEvent;
import net.dv8tion.jda.api.events.message.MessageReceivedEvent;
import net.dv8tion.jda.api.hooks.ListenerAdapter;
import net.dv8tion.jda.api.interactions.commands.OptionMapping;
import net.dv8tion.jda.api.interactions.modals.ModalMapping;
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
 * Translates Discord events into the engine's records. Each update is stored first, then its
 * interaction is acknowledged (deferred) at once, well inside Discord's three seconds, and the
 * engine's work is queued; the replies follow through the interaction's hook however long it takes.
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
    ChatUser user = user(event.getUser());
    boolean inServer = event.getChannelType() != ChannelType.PRIVATE;
    ChatTarget here = inServer ? serverChannel(event.getChannelId()) : privateChat(user);
    boolean redirected = inServer && privateCommands.contains(event.getName());
    OptionMapping text = event.getOption(TEXT_OPTION);
    String line = "/" + event.getName() + (text == null ? "" : " " + text.getAsString());
    var incoming =
        new Incoming.TextMessage(
            key(event.getId()), user, redirected ? privateChat(user) : here, line);
    if (!ingress.receive(incoming)) {
      return;
    }
    event.deferReply(inServer).queue(null, failure -> notAcknowledged(incoming, failure));
    pending.put(
        incoming.updateKey(),
        new PendingInteraction(
            event.getHook(), here, true, null, redirected, inServer, clock.instant()));
    handle(incoming);
  }

  @Override
  public void onButtonInteraction(ButtonInteractionEvent event) {
    ChatUser user = user(event.getUser());
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
    if (!ingress.receive(incoming)) {
      return;
    }
    event.deferEdit().queue(null, failure -> notAcknowledged(incoming, failure));
    pending.put(
        incoming.updateKey(),
        new PendingInteraction(
            event.getHook(), here, false, event.getMessageId(), false, inServer, clock.instant()));
    handle(incoming);
  }

  /**
   * A submitted form: its text, as if typed in the person's direct messages. In a DM the press's
   * message is left as it is (deferred edit) and the replies follow there; in a server channel the
   * "thinking" message says the conversation carries on in a direct message.
   */
  @Override
  public void onModalInteraction(ModalInteractionEvent event) {
    ChatUser user = user(event.getUser());
    boolean inServer = event.getChannelType() != ChannelType.PRIVATE;
    ModalMapping field = event.getValue(DiscordComponents.FORM_FIELD);
    var incoming =
        new Incoming.TextMessage(
            key(event.getId()), user, privateChat(user), field == null ? "" : field.getAsString());
    if (!ingress.receive(incoming)) {
      return;
    }
    if (inServer) {
      event.deferReply(true).queue(null, failure -> notAcknowledged(incoming, failure));
      pending.put(
          incoming.updateKey(),
          new PendingInteraction(
              event.getHook(),
              serverChannel(event.getChannelId()),
              true,
              null,
              true,
              true,
              clock.instant()));
    } else {
      event.deferEdit().queue(null, failure -> notAcknowledged(incoming, failure));
    }
    handle(incoming);
  }

  /** Direct messages only: server messages carry no content without a privileged intent. */
  @Override
  public void onMessageReceived(MessageReceivedEvent event) {
    if (!event.isFromType(ChannelType.PRIVATE) || event.getAuthor().isBot()) {
      return;
    }
    Message message = event.getMessage();
    ChatUser user = user(event.getAuthor());
    Incoming incoming =
        message.getAttachments().isEmpty()
            ? new Incoming.TextMessage(
                key(message.getId()), user, privateChat(user), message.getContentRaw())
            : new Incoming.AttachmentMessage(
                key(message.getId()), user, privateChat(user), null, message.getContentRaw());
    if (ingress.receive(incoming)) {
      handle(incoming);
    }
  }

  private void handle(Incoming incoming) {
    handling.execute(() -> ingress.process(incoming.updateKey(), sender));
  }

  private static void notAcknowledged(Incoming incoming, Throwable failure) {
    log.warn("Discord: could not acknowledge {}: {}", incoming.updateKey(), failure.toString());
  }

  private static String key(String discordId) {
    return "discord:" + discordId;
  }

  private static ChatUser user(User user) {
    return new ChatUser(
        new ChatIdentity(ChatPlatform.DISCORD, user.getId()), user.getEffectiveName());
  }

  private static ChatTarget serverChannel(String channelId) {
    return new ChatTarget(ChatPlatform.DISCORD, channelId, false);
  }

  /** A private chat is addressed by the user's id; the sender opens the DM channel. */
  private static ChatTarget privateChat(ChatUser user) {
    return new ChatTarget(ChatPlatform.DISCORD, user.identity().userId(), true);
  }
}
