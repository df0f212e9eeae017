package org.deptbot.bot.discord.fake;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/** Discord's JSON for the objects the fake shows JDA, with the fields JDA reads. */
final class DiscordJson {

  static final ObjectMapper MAPPER = new ObjectMapper();

  static final long ADMINISTRATOR = 1L << 3;

  /**
   * What the README's invite grants the bot (View Channels, Send Messages, Embed Links, Attach
   * Files, Read Message History): JDA checks these locally before it sends.
   */
  static final long BOT_PERMISSIONS = 117760;

  /**
   * What a new server's @everyone role holds that matters here: View Channels, Send Messages, Embed
   * Links, Attach Files, Read Message History and Use Application Commands.
   */
  static final long EVERYONE_PERMISSIONS = 117760 | (1L << 31);

  private DiscordJson() {}

  static ObjectNode object() {
    return MAPPER.createObjectNode();
  }

  static ArrayNode array() {
    return MAPPER.createArrayNode();
  }

  static String now() {
    return OffsetDateTime.now(ZoneOffset.UTC).toString();
  }

  static ObjectNode user(FakeUser user) {
    return object()
        .put("id", Long.toString(user.id()))
        .put("username", user.name())
        .put("global_name", user.name())
        .put("discriminator", "0")
        .put("bot", user.bot())
        .putNull("avatar");
  }

  static ObjectNode member(FakeUser user, long... roles) {
    ObjectNode member = object();
    member.set("user", user(user));
    ArrayNode roleIds = member.putArray("roles");
    for (long role : roles) {
      roleIds.add(Long.toString(role));
    }
    return member.put("joined_at", now()).put("deaf", false).put("mute", false);
  }

  static ObjectNode role(long id, String name, long permissions, int position) {
    ObjectNode role =
        object()
            .put("id", Long.toString(id))
            .put("name", name)
            .put("permissions", Long.toString(permissions))
            .put("position", position)
            .put("managed", false)
            .put("hoist", false)
            .put("mentionable", false);
    role.putObject("colors").put("primary_color", 0);
    return role;
  }

  static ObjectNode channel(FakeChannel channel, long guildId) {
    ObjectNode json = object().put("id", Long.toString(channel.id())).put("type", channel.type());
    if (channel.isDm()) {
      json.putArray("recipients");
      return json;
    }
    return json.put("guild_id", Long.toString(guildId))
        .put("name", channel.name())
        .put("position", 0)
        .put("nsfw", false)
        .putNull("parent_id")
        .set("permission_overwrites", array());
  }

  static ObjectNode attachment(FakeFile file, String url) {
    return object()
        .put("id", Long.toString(file.id()))
        .put("filename", file.fileName())
        .put("content_type", file.contentType())
        .put("size", file.bytes().length)
        .put("url", url)
        .put("proxy_url", url);
  }

  /** A message; {@code guildId} 0 for a DM; {@code links} gives each file's CDN link. */
  static ObjectNode message(
      FakeMessage message,
      FakeUser author,
      long guildId,
      java.util.function.Function<FakeFile, String> links) {
    ObjectNode json =
        object()
            .put("id", Long.toString(message.id()))
            .put("channel_id", Long.toString(message.channelId()))
            .put("type", 0)
            .put("content", message.content())
            .put("timestamp", now())
            .put("tts", false)
            .put("pinned", false)
            .put("mention_everyone", false)
            .put("flags", message.flags());
    json.putNull("edited_timestamp");
    json.set("author", user(author));
    json.putArray("mentions");
    json.putArray("mention_roles");
    ArrayNode attachments = json.putArray("attachments");
    message.files().forEach(f -> attachments.add(attachment(f, links.apply(f))));
    json.set("embeds", message.embeds());
    json.set("components", message.componentsJson());
    if (guildId != 0) {
      json.put("guild_id", Long.toString(guildId));
    }
    return json;
  }

  static ObjectNode error(int code, String message) {
    return object().put("code", code).put("message", message);
  }
}
