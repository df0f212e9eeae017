package org.deptbot.bot.discord.fake;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Which slash commands a person sees, as Discord decides: in a server, the server's commands and
 * the global ones whose contexts include servers, each only if the member holds its {@code
 * default_member_permissions} ({@code "0"}: administrators only); in the bot's DMs, only the global
 * commands whose contexts include BOT_DM (or, without contexts, whose {@code dm_permission} is not
 * false). A person cannot run a command their menu does not show.
 */
final class CommandMenus {

  static final int GUILD = 0;
  static final int BOT_DM = 1;

  private final FakeState state;

  CommandMenus(FakeState state) {
    this.state = state;
  }

  /** The commands {@code user} sees in {@code channel}, as registered. */
  List<JsonNode> visible(FakeUser user, FakeChannel channel) {
    List<JsonNode> shown = new ArrayList<>();
    if (!channel.isDm()) {
      long permissions = state.memberPermissions(user.id());
      state
          .commands
          .getOrDefault(Long.toString(state.guildId), DiscordJson.array())
          .forEach(c -> addIf(shown, c, permitted(c, permissions)));
      global().forEach(c -> addIf(shown, c, inContext(c, GUILD) && permitted(c, permissions)));
    } else {
      global().forEach(c -> addIf(shown, c, inContext(c, BOT_DM)));
    }
    return shown;
  }

  Optional<JsonNode> find(FakeUser user, FakeChannel channel, String name) {
    return visible(user, channel).stream()
        .filter(c -> c.path("name").asText().equals(name))
        .findFirst();
  }

  private JsonNode global() {
    return state.commands.getOrDefault("global", DiscordJson.array());
  }

  private static void addIf(List<JsonNode> shown, JsonNode command, boolean condition) {
    if (condition) {
      shown.add(command);
    }
  }

  /** Contexts apply to global commands; without them, the legacy dm_permission decides DMs. */
  private static boolean inContext(JsonNode command, int context) {
    JsonNode contexts = command.path("contexts");
    if (contexts.isArray()) {
      for (JsonNode c : contexts) {
        if (c.asInt() == context) {
          return true;
        }
      }
      return false;
    }
    return context != BOT_DM || command.path("dm_permission").asBoolean(true);
  }

  private static boolean permitted(JsonNode command, long memberPermissions) {
    JsonNode required = command.path("default_member_permissions");
    if (required.isMissingNode() || required.isNull()) {
      return true;
    }
    if ((memberPermissions & DiscordJson.ADMINISTRATOR) != 0) {
      return true;
    }
    long bits = Long.parseLong(required.asText());
    return bits != 0 && (memberPermissions & bits) == bits;
  }
}
