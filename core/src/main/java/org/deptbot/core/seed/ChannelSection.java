package org.deptbot.core.seed;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.deptbot.core.staff.ChatPlatform;
import org.deptbot.core.templates.NoticeCategory;
import org.yaml.snakeyaml.nodes.Node;

/** Reads the notice channels: where approved notices of which categories are posted. */
final class ChannelSection {

  private static final List<String> KEYS =
      List.of("id", "platform", "chat", "name", "categories", "language");
  private static final Pattern TELEGRAM_CHAT = Pattern.compile("-?[0-9]{1,20}");
  private static final Pattern DISCORD_CHANNEL = Pattern.compile("[0-9]{17,20}");
  private static final String CATEGORY_NAMES =
      Arrays.stream(NoticeCategory.values())
          .map(NoticeCategory::name)
          .collect(Collectors.joining(", "));
  private static final String CATEGORIES_HINT =
      "write it like 'categories: [ROAD_CLOSURE, WEATHER_EMERGENCY]', or 'categories: all'";

  private ChannelSection() {}

  /** The channels; complete only when no problems were added. */
  static List<SeedChannel> read(List<Node> items, SeedProblems problems) {
    List<SeedChannel> channels = new ArrayList<>();
    Map<String, Integer> idLines = new HashMap<>();
    Map<String, Integer> chatLines = new HashMap<>();
    for (Node item : items) {
      YamlMapping yaml = YamlMapping.read(item, "channel entry", KEYS, problems);
      if (yaml == null) {
        continue;
      }
      String id = yaml.id("tg-alerts");
      ChatPlatform platform = platform(yaml, problems);
      String chat = chat(yaml, platform, problems);
      String name = yaml.optionalText("name", 120);
      Set<NoticeCategory> categories = categories(yaml, problems);
      String language = language(yaml, problems);

      Integer firstId = id == null ? null : idLines.putIfAbsent(id, yaml.line());
      if (firstId != null) {
        String message =
            "channel id '%s' is used twice (first on line %d); give each channel its own id";
        problems.add(yaml.lineOf("id"), message.formatted(id, firstId));
      }
      // Two entries for one chat would post every notice there twice.
      Integer firstChat =
          chat == null ? null : chatLines.putIfAbsent(platform.key() + ":" + chat, yaml.line());
      if (firstChat != null) {
        String message =
            "%s chat %s is already listed on line %d; list each chat once, with all its categories";
        problems.add(yaml.lineOf("chat"), message.formatted(platform.key(), chat, firstChat));
      }
      if (id != null && chat != null && categories != null) {
        String shown = name == null ? id : name;
        channels.add(new SeedChannel(id, platform, chat, shown, categories, yaml.line(), language));
      }
    }
    return channels;
  }

  /**
   * A language code or {@code all}; whether the department speaks it is checked once the
   * department's languages are read ({@link #checkLanguages}).
   */
  private static String language(YamlMapping yaml, SeedProblems problems) {
    String text = yaml.optionalText("language", 20);
    if (text == null) {
      return null;
    }
    String code = text.strip().toLowerCase(java.util.Locale.ROOT);
    if (!code.matches("[a-z]{2,3}") && !org.deptbot.core.channels.Channel.ALL.equals(code)) {
      problems.add(
          yaml.lineOf("language"),
          "language '"
              + text
              + "' in "
              + yaml.label()
              + " is not a language code; write one of the department's languages, such as"
              + " 'language: es', or 'language: all' to post every language in one post");
      return null;
    }
    return code;
  }

  /** Each channel's language must be one the department declares (or {@code all}). */
  static void checkLanguages(
      List<SeedChannel> channels, List<String> declared, SeedProblems problems) {
    for (SeedChannel channel : channels) {
      String language = channel.language();
      if (language != null
          && !org.deptbot.core.channels.Channel.ALL.equals(language)
          && !declared.contains(language)) {
        problems.add(
            channel.line(),
            "channel '%s' posts in '%s', which the department does not declare (languages: %s);"
                    .formatted(channel.id(), language, declared)
                + " add it to the department's languages or pick one of them, or 'all'");
      }
    }
  }

  private static ChatPlatform platform(YamlMapping yaml, SeedProblems problems) {
    String text = yaml.text("platform", Integer.MAX_VALUE, "platform: telegram");
    if (text == null) {
      return null;
    }
    ChatPlatform platform = ChatPlatform.fromKey(text).orElse(null);
    if (platform == null || platform == ChatPlatform.TRAINING) {
      String why = platform == null ? "is not known" : "cannot have notice channels";
      String message = "platform '%s' in %s %s; use telegram or discord";
      problems.add(yaml.lineOf("platform"), message.formatted(text, yaml.label(), why));
      return null;
    }
    return platform;
  }

  /** Checked against the platform's id format; without a valid platform it cannot be. */
  private static String chat(YamlMapping yaml, ChatPlatform platform, SeedProblems problems) {
    String chat = yaml.text("chat", Integer.MAX_VALUE, "chat: \"-1001234567890\"");
    if (chat == null || platform == null) {
      return null;
    }
    boolean telegram = platform == ChatPlatform.TELEGRAM;
    if (!(telegram ? TELEGRAM_CHAT : DISCORD_CHANNEL).matcher(chat).matches()) {
      String expected =
          telegram
              ? "a Telegram chat id; use digits with an optional leading '-',"
                  + " such as -1001234567890"
              : "a Discord channel id; use 17 to 20 digits, such as 112233445566778899";
      String message = "chat '%s' in %s is not %s";
      problems.add(yaml.lineOf("chat"), message.formatted(chat, yaml.label(), expected));
      return null;
    }
    return chat;
  }

  private static Set<NoticeCategory> categories(YamlMapping yaml, SeedProblems problems) {
    Node value = yaml.value("categories");
    if (value != null && "all".equalsIgnoreCase(YamlMapping.scalar(value))) {
      return EnumSet.allOf(NoticeCategory.class);
    }
    List<Node> items = yaml.items("categories", CATEGORIES_HINT);
    if (items == null) {
      return null;
    }
    Set<NoticeCategory> categories = EnumSet.noneOf(NoticeCategory.class);
    boolean allKnown = true;
    for (Node item : items) {
      String text = YamlMapping.scalar(item);
      NoticeCategory category = text == null ? null : NoticeCategory.fromText(text).orElse(null);
      if (category == null) {
        allKnown = false;
        String message =
            "category %s is not known; use one of %s, or write 'categories: all' for every"
                + " category";
        problems.add(item, message.formatted(YamlMapping.describe(item), CATEGORY_NAMES));
      } else {
        categories.add(category);
      }
    }
    return allKnown ? categories : null;
  }
}
