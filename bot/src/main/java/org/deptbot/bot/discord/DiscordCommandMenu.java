package org.deptbot.bot.discord;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.entities.Guild;
import net.dv8tion.jda.api.interactions.InteractionContextType;
import net.dv8tion.jda.api.interactions.commands.DefaultMemberPermissions;
import net.dv8tion.jda.api.interactions.commands.OptionType;
import net.dv8tion.jda.api.interactions.commands.build.Commands;
import net.dv8tion.jda.api.interactions.commands.build.SlashCommandData;
import org.deptbot.bot.chat.ChatCommand;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;

/**
 * The engine's commands as slash commands, registered in the department's server (or globally).
 * Staff-only commands are hidden from members by default permissions (server admins can grant them
 * to roles); the engine checks the permission whatever Discord shows. Every command takes one
 * optional text option, since the adapter cannot tell which commands read arguments.
 */
final class DiscordCommandMenu {

  private static final Pattern VALID_NAME = Pattern.compile("[-_\\p{Ll}\\p{N}]{1,32}");
  private static final int MAX_DESCRIPTION = 100;
  private static final Logger log = LoggerFactory.getLogger(DiscordCommandMenu.class);

  private final List<ChatCommand> commands;
  private final MessageSource wording;
  private final Locale locale;

  DiscordCommandMenu(List<ChatCommand> commands, MessageSource wording, Locale locale) {
    this.commands = List.copyOf(commands);
    this.wording = wording;
    this.locale = locale;
  }

  List<SlashCommandData> slashCommands(boolean global) {
    return commands.stream()
        .filter(DiscordCommandMenu::hasValidName)
        .map(command -> slashCommand(command, global))
        .toList();
  }

  /** Replaces the bot's commands in {@code guildId} (or its global ones when blank). */
  void publish(JDA jda, String guildId) {
    if (guildId.isEmpty()) {
      jda.updateCommands().addCommands(slashCommands(true)).queue(this::published, this::failed);
      return;
    }
    Guild guild = jda.getGuildById(guildId);
    if (guild == null) {
      log.error("Discord: the bot is not a member of server {} (DISCORD_GUILD_ID)", guildId);
      return;
    }
    guild.updateCommands().addCommands(slashCommands(false)).queue(this::published, this::failed);
  }

  private SlashCommandData slashCommand(ChatCommand command, boolean global) {
    String text = wording.getMessage("discord.option.text", null, "text", locale);
    SlashCommandData data =
        Commands.slash(command.name(), description(command))
            .addOption(OptionType.STRING, DiscordEvents.TEXT_OPTION, shorten(text), false);
    if (command.requires().isPresent()) {
      data.setDefaultPermissions(DefaultMemberPermissions.DISABLED);
    }
    if (global) {
      data.setContexts(InteractionContextType.GUILD, InteractionContextType.BOT_DM);
    }
    return data;
  }

  private String description(ChatCommand command) {
    String fallback = "/" + command.name();
    return shorten(wording.getMessage("help.command." + command.name(), null, fallback, locale));
  }

  private static String shorten(String text) {
    return text.length() <= MAX_DESCRIPTION ? text : text.substring(0, MAX_DESCRIPTION - 1) + "…";
  }

  private static boolean hasValidName(ChatCommand command) {
    boolean valid = VALID_NAME.matcher(command.name()).matches();
    if (!valid) {
      log.warn("Discord: /{} is not a valid slash command name; not registered", command.name());
    }
    return valid;
  }

  private void published(List<?> registered) {
    log.info("Discord: {} slash commands registered", registered.size());
  }

  private void failed(Throwable failure) {
    log.error("Discord: the slash commands were not registered", failure);
  }
}
