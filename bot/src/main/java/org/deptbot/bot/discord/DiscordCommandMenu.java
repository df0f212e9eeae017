package org.deptbot.bot.discord;

import static net.dv8tion.jda.api.interactions.InteractionContextType.BOT_DM;
import static net.dv8tion.jda.api.interactions.InteractionContextType.GUILD;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import net.dv8tion.jda.api.JDA;
import net.dv8tion.jda.api.entities.Guild;
import net.dv8tion.jda.api.interactions.IntegrationType;
import net.dv8tion.jda.api.interactions.commands.DefaultMemberPermissions;
import net.dv8tion.jda.api.interactions.commands.OptionType;
import net.dv8tion.jda.api.interactions.commands.build.Commands;
import net.dv8tion.jda.api.interactions.commands.build.SlashCommandData;
import org.deptbot.bot.chat.ChatCommand;
import org.deptbot.core.access.Authorization;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;

/**
 * The engine's commands as slash commands. The public's commands (those needing no permission, or
 * one the public holds) are global and usable both in the server and in a DM with the bot; staff
 * commands are hidden from everyone but administrators (server admins can grant them to roles) and
 * exist in the server only: in the department's server when it is set, else globally with the
 * server as their only context. Commands only buttons reach are not registered. The engine checks
 * the permission whatever Discord shows. Every command takes one optional text option, since the
 * adapter cannot tell which commands read arguments.
 */
final class DiscordCommandMenu {

  private static final Pattern VALID_NAME = Pattern.compile("[-_\\p{Ll}\\p{N}]{1,32}");
  private static final int MAX_DESCRIPTION = 100;
  private static final Logger log = LoggerFactory.getLogger(DiscordCommandMenu.class);

  private final List<ChatCommand> commands;
  private final Authorization authorization;
  private final MessageSource wording;
  private final Locale locale;

  DiscordCommandMenu(
      List<ChatCommand> commands,
      Authorization authorization,
      MessageSource wording,
      Locale locale) {
    this.commands = List.copyOf(commands);
    this.authorization = authorization;
    this.wording = wording;
    this.locale = locale;
  }

  /** The public's commands: no default permission, in the server and the bot's DMs. */
  List<SlashCommandData> publicCommands() {
    return menu(true).map(c -> slashCommand(c).setContexts(GUILD, BOT_DM)).toList();
  }

  /** Staff commands: hidden by default; with {@code global}, limited to servers. */
  List<SlashCommandData> staffCommands(boolean global) {
    return menu(false)
        .map(c -> slashCommand(c).setDefaultPermissions(DefaultMemberPermissions.DISABLED))
        .map(data -> global ? data.setContexts(GUILD) : data)
        .toList();
  }

  /**
   * Registers the public's commands globally, and the staff's in {@code guildId} (or globally too
   * when it is blank), replacing what was there.
   */
  void publish(JDA jda, String guildId) {
    if (guildId.isEmpty()) {
      var all = new ArrayList<>(publicCommands());
      all.addAll(staffCommands(true));
      jda.updateCommands().addCommands(all).queue(this::published, this::failed);
      return;
    }
    Guild guild = jda.getGuildById(guildId);
    if (guild == null) {
      log.error(
          "Discord: the bot is not a member of server {} (DEPTBOT_DISCORD_GUILD_ID)", guildId);
      return;
    }
    jda.updateCommands().addCommands(publicCommands()).queue(this::published, this::failed);
    guild.updateCommands().addCommands(staffCommands(false)).queue(this::published, this::failed);
  }

  private Stream<ChatCommand> menu(boolean forThePublic) {
    return commands.stream()
        .filter(c -> !c.internal())
        .filter(c -> c.forThePublic(authorization) == forThePublic)
        .filter(DiscordCommandMenu::hasValidName);
  }

  private SlashCommandData slashCommand(ChatCommand command) {
    String text = wording.getMessage("discord.option.text", null, "text", locale);
    return Commands.slash(command.name(), description(command))
        .addOption(OptionType.STRING, DiscordEvents.TEXT_OPTION, shorten(text), false)
        .setIntegrationTypes(IntegrationType.GUILD_INSTALL);
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
