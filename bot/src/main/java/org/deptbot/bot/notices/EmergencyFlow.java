package org.deptbot.bot.notices;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.deptbot.bot.chat.Button;
import org.deptbot.bot.chat.ButtonAction;
import org.deptbot.bot.chat.ChatContext;
import org.deptbot.bot.chat.ChatFlow;
import org.deptbot.bot.chat.Conversation;
import org.deptbot.bot.chat.Conversations;
import org.deptbot.bot.chat.Outgoing;
import org.deptbot.bot.chat.RichText;
import org.deptbot.core.channels.Channel;
import org.deptbot.core.channels.Channels;
import org.deptbot.core.notices.Emergency;
import org.deptbot.core.notices.EveryLanguagePost;
import org.deptbot.core.notices.Notice;
import org.deptbot.core.notices.NoticeDesk;
import org.deptbot.core.notices.NoticeMode;
import org.deptbot.core.notices.NoticeOutcome;
import org.deptbot.core.notices.NoticeTransitionRefused;
import org.deptbot.core.templates.NoticeCategory;
import org.deptbot.core.templates.Severity;
import org.deptbot.core.zones.Zone;
import org.deptbot.core.zones.Zones;

/**
 * The conversation after {@code /emergency}: the category, the severity, the channels (and the
 * areas, when the department has zones), the text, then why no approved template fits, and the
 * preview, which says it goes out at once without approval and by when the approvers will review
 * it. Nothing is posted before Confirm; the desk checks the text as it checks a template's notice.
 * Its draft is a few strings in the conversation (sealed like every draft).
 */
class EmergencyFlow implements ChatFlow {

  static final String NAME = "emergency";

  private final Conversations conversations;
  private final Channels channels;
  private final Zones zones;
  private final NoticePreviews previews;
  private final NoticeDesk desk;
  private final NoticeChangeTexts replies;
  private final NoticeConfirmations confirmations;
  private final NoticeProblemTexts words;

  EmergencyFlow(
      Conversations conversations,
      Channels channels,
      Zones zones,
      NoticePreviews previews,
      NoticeDesk desk,
      NoticeChangeTexts replies,
      NoticeConfirmations confirmations,
      NoticeProblemTexts words) {
    this.conversations = conversations;
    this.channels = channels;
    this.zones = zones;
    this.previews = previews;
    this.desk = desk;
    this.replies = replies;
    this.confirmations = confirmations;
    this.words = words;
  }

  @Override
  public String name() {
    return NAME;
  }

  /** Starts over: asks the category. */
  List<Outgoing> begin(ChatContext context) {
    Map<String, String> draft = new HashMap<>();
    draft.put("draft", UUID.randomUUID().toString());
    conversations.begin(context.identity(), NAME, "category", draft);
    List<List<Button>> rows = new ArrayList<>();
    NoticeCategory[] all = NoticeCategory.values();
    for (int i = 0; i < all.length; i += 2) {
      List<Button> pair = new ArrayList<>();
      for (int j = i; j < Math.min(i + 2, all.length); j++) {
        pair.add(
            button(
                context,
                context.text("notice.category." + all[j].name()),
                "category",
                all[j].name()));
      }
      rows.add(pair);
    }
    rows.add(List.of(button(context, context.text("notice.button.discard"), "stop", "")));
    RichText text =
        RichText.builder()
            .bold(context.text("emergency.intro"))
            .newline()
            .plain(context.text("emergency.ask.category"))
            .build();
    return context.reply(text, rows);
  }

  @Override
  public List<Outgoing> onText(ChatContext context, Conversation conversation, String text) {
    Map<String, String> draft = new HashMap<>(conversation.data());
    String typed = text.strip();
    switch (conversation.step()) {
      case "text" -> {
        if (typed.isEmpty()) {
          return withDiscard(context, "emergency.ask.text");
        }
        if (typed.length() > Emergency.MAX_TEXT) {
          return context.replyWith("emergency.text-too-long", typed.length(), Emergency.MAX_TEXT);
        }
        draft.put("text", typed);
        draft.keySet().removeIf(key -> key.startsWith(TEXT_IN)); // given for the old text
        draft.remove("ack");
        return afterText(context, draft);
      }
      case "text-in" -> {
        String language = draft.get("asking");
        if (language == null || !desk.furtherLanguages().contains(language)) {
          return context.replyWith("notice.use-buttons");
        }
        if (typed.isEmpty()) {
          return askTextIn(context, draft, language);
        }
        String problem =
            typed.length() > Emergency.MAX_TEXT
                ? context.text("emergency.text-too-long", typed.length(), Emergency.MAX_TEXT)
                : previews.refusal(typed).orElse(null);
        if (problem != null) { // nothing changes: the same question again
          List<Outgoing> out = new ArrayList<>(context.reply(RichText.plain(problem)));
          out.addAll(askTextIn(context, draft, language));
          return out;
        }
        draft.put(TEXT_IN + language, typed);
        draft.remove("asking");
        draft.remove("ack");
        return afterText(context, draft);
      }
      case "reason" -> {
        if (typed.isEmpty()) {
          return withDiscard(context, "emergency.ask.reason");
        }
        draft.put("reason", typed);
        return preview(context, draft);
      }
      default -> {
        return context.replyWith("notice.use-buttons");
      }
    }
  }

  @Override
  public List<Outgoing> onAnswer(
      ChatContext context, Conversation conversation, ButtonAction.Answer answer) {
    Map<String, String> draft = new HashMap<>(conversation.data());
    String value = answer.value();
    return switch (answer.choice()) {
      case "category" -> {
        if (NoticeCategory.fromText(value).isEmpty()) {
          yield context.replyWith("button.expired");
        }
        draft.put("category", value);
        yield askSeverity(context, draft);
      }
      case "severity" -> {
        draft.put("severity", Severity.valueOf(value).name());
        List<String> defaults = candidates(draft).stream().map(Channel::id).toList();
        draft.put("targets", String.join(",", defaults));
        yield askChannels(context, draft);
      }
      case "target" -> {
        draft.put("targets", String.join(",", toggled(list(draft, "targets"), value)));
        yield askChannels(context, draft);
      }
      case "targets-done" -> {
        if (list(draft, "targets").isEmpty()) {
          yield context.replyWith("notice.refused.NO_TARGETS");
        }
        yield zones.all().isEmpty() ? askText(context, draft) : askZones(context, draft);
      }
      case "zone" -> {
        draft.put(
            "zones",
            "*".equals(value) ? "" : String.join(",", toggled(list(draft, "zones"), value)));
        yield askZones(context, draft);
      }
      case "zones-done" -> askText(context, draft);
      case "change-text" -> askText(context, draft);
      // "same": a button from before the question moved to the preview, meaning the same
      case "back", "same" -> {
        draft.remove("asking");
        yield afterText(context, draft);
      }
      case "own" ->
          desk.furtherLanguages().contains(value) && draft.containsKey("text")
              ? askTextIn(context, draft, value)
              : context.replyWith("button.expired");
      case "ack" -> {
        draft.put("ack", "yes");
        yield preview(context, draft);
      }
      case "confirm" -> confirm(context, draft);
      case "stop" -> {
        conversations.end(context.identity());
        yield context.replyWith("notice.discarded");
      }
      default -> context.replyWith("button.expired");
    };
  }

  private List<Outgoing> askSeverity(ChatContext context, Map<String, String> draft) {
    conversations.begin(context.identity(), NAME, "severity", draft);
    List<Button> row = new ArrayList<>();
    for (Severity s : Severity.values()) {
      row.add(
          button(context, context.text("emergency.severity." + s.name()), "severity", s.name()));
    }
    return context.reply(
        context.messages().plain("emergency.ask.severity"),
        List.of(row, List.of(button(context, context.text("notice.button.discard"), "stop", ""))));
  }

  private List<Outgoing> askChannels(ChatContext context, Map<String, String> draft) {
    conversations.begin(context.identity(), NAME, "channels", draft);
    List<String> picked = list(draft, "targets");
    List<List<Button>> rows = new ArrayList<>();
    for (Channel c : candidates(draft)) {
      String label =
          context.text(
              picked.contains(c.id()) ? "notice.button.target-on" : "notice.button.target-off",
              c.label(NoticePreviews.platformName(c.platform())));
      rows.add(List.of(button(context, label, "target", c.id())));
    }
    rows.add(
        List.of(
            button(context, context.text("emergency.button.next"), "targets-done", ""),
            button(context, context.text("notice.button.discard"), "stop", "")));
    return context.reply(context.messages().plain("emergency.ask.channels"), rows);
  }

  private List<Outgoing> askZones(ChatContext context, Map<String, String> draft) {
    conversations.begin(context.identity(), NAME, "zones", draft);
    List<String> picked = list(draft, "zones");
    List<List<Button>> rows = new ArrayList<>();
    for (Zone z : zones.all()) {
      String label =
          context.text(
              picked.contains(z.id()) ? "notice.button.zone-on" : "notice.button.zone-off",
              z.name());
      rows.add(List.of(button(context, label, "zone", z.id())));
    }
    rows.add(
        List.of(
            button(
                context,
                context.text(
                    picked.isEmpty() ? "notice.button.whole-area-on" : "notice.button.whole-area"),
                "zone",
                "*")));
    rows.add(
        List.of(
            button(context, context.text("emergency.button.next"), "zones-done", ""),
            button(context, context.text("notice.button.discard"), "stop", "")));
    return context.reply(context.messages().plain("emergency.ask.zones"), rows);
  }

  private List<Outgoing> askText(ChatContext context, Map<String, String> draft) {
    conversations.begin(context.identity(), NAME, "text", draft);
    return withDiscard(context, "emergency.ask.text");
  }

  /**
   * A question answered by typing, with a way out: a supervisor on a phone need not know /cancel.
   */
  private List<Outgoing> withDiscard(ChatContext context, String key) {
    return context.reply(
        context.messages().plain(key),
        List.of(List.of(button(context, context.text("notice.button.discard"), "stop", ""))));
  }

  /** A further language's text is kept in the draft under this prefix and the language's code. */
  private static final String TEXT_IN = "text@";

  private List<Outgoing> askTextIn(
      ChatContext context, Map<String, String> draft, String language) {
    draft.put("asking", language);
    conversations.begin(context.identity(), NAME, "text-in", draft);
    return context.reply(
        RichText.plain(context.text("emergency.ask.text-in", EveryLanguagePost.heading(language))),
        List.of(
            List.of(
                button(context, context.text("notice.button.back"), "back", ""),
                button(context, context.text("notice.button.discard"), "stop", ""))));
  }

  /** The text is settled: the reason next, or the preview when it was given already. */
  private List<Outgoing> afterText(ChatContext context, Map<String, String> draft) {
    if (!draft.containsKey("text")) {
      return askText(context, draft);
    }
    if (draft.containsKey("reason")) {
      return preview(context, draft);
    }
    conversations.begin(context.identity(), NAME, "reason", draft);
    return withDiscard(context, "emergency.ask.reason");
  }

  /** The post exactly as it will appear, and what happens once it is confirmed. */
  private List<Outgoing> preview(ChatContext context, Map<String, String> draft) {
    conversations.begin(context.identity(), NAME, "preview", draft);
    Notice provisional;
    try {
      provisional = desk.provisional(context.actor(), issue(draft));
    } catch (NoticeTransitionRefused refused) {
      return replies.refused(context, refused);
    }
    NoticePreviews.Checked checked = previews.check(provisional);
    List<Outgoing> out = new ArrayList<>();
    for (var post : previews.shown(context, provisional, checked.post())) {
      out.add(new Outgoing.Send(context.incoming().chat(), post.asRichText(), List.of(), null));
    }
    RichText.Builder text =
        RichText.builder()
            .bold(context.text("notice.preview.heading"))
            .newline()
            .bold(
                context.text("emergency.preview.at-once", words.deadline(desk.reviewDueFromNow())))
            .newline()
            .plain(context.text("emergency.preview.reason", draft.get("reason")))
            .newline()
            .plain(context.text("notice.preview.targets", targetNames(provisional)))
            .newline()
            .plain(context.text("notice.where", NoticePreviews.where(context, provisional)))
            .newline()
            .plain(context.text("notice.preview.expires", words.stamp(provisional.expiresAt())));
    List<String> asTyped = asTyped(draft);
    if (!asTyped.isEmpty()) {
      String languages =
          String.join(", ", asTyped.stream().map(EveryLanguagePost::heading).toList());
      text.newline().plain(context.text("emergency.preview.same-in-every-language", languages));
    }
    for (var limit : checked.over()) {
      text.newline()
          .bold(
              context.text(
                  "notice.preview.too-long." + limit.part(),
                  NoticePreviews.platformName(limit.platform()),
                  limit.length(),
                  limit.limit(),
                  limit.over()));
    }
    for (var finding : checked.findings()) {
      text.newline().bold(words.finding(finding));
    }
    boolean acknowledged = draft.containsKey("ack");
    List<Button> row = new ArrayList<>();
    if (!checked.blocked()) {
      if (checked.warns() && !acknowledged) {
        text.newline().plain(context.text("notice.preview.acknowledge"));
        row.add(button(context, context.text("notice.button.acknowledge"), "ack", ""));
      } else {
        row.add(
            button(
                context,
                context.text("emergency.button.confirm", provisional.targets().size()),
                "confirm",
                ""));
      }
    }
    List<List<Button>> rows = new ArrayList<>();
    for (String language : asTyped) { // the text in that language, for its post only
      rows.add(
          List.of(
              button(
                  context,
                  context.text("notice.button.write-in", EveryLanguagePost.heading(language)),
                  "own",
                  language)));
    }
    if (!row.isEmpty()) {
      rows.add(row);
    }
    rows.add(
        List.of(
            button(context, context.text("emergency.button.change-text"), "change-text", ""),
            button(context, context.text("notice.button.discard"), "stop", "")));
    out.add(new Outgoing.Send(context.incoming().chat(), text.build(), rows));
    return out;
  }

  private List<Outgoing> confirm(ChatContext context, Map<String, String> draft) {
    if (!draft.containsKey("text") || !draft.containsKey("reason")) {
      return context.replyWith("button.expired");
    }
    NoticeOutcome outcome = desk.emergencyIssue(context.actor(), issue(draft));
    if (!(outcome instanceof NoticeOutcome.Refused)) {
      conversations.end(context.identity());
    }
    List<Outgoing> out = new ArrayList<>(confirmations.answer(context, outcome));
    if (outcome instanceof NoticeOutcome.Stored) {
      out.addAll(context.replyWith("emergency.sent-for-review"));
    }
    return out;
  }

  private NoticeDesk.EmergencyIssue issue(Map<String, String> draft) {
    return new NoticeDesk.EmergencyIssue(
        draft.get("draft"),
        NoticeCategory.valueOf(draft.get("category")),
        Severity.valueOf(draft.get("severity")),
        draft.getOrDefault("text", ""),
        draft.getOrDefault("reason", ""),
        list(draft, "targets"),
        NoticeMode.LIVE,
        list(draft, "zones"),
        draft.containsKey("ack"),
        textsInLanguages(draft));
  }

  /**
   * The further languages whose post carries the text as typed (the department's, those the text
   * was not given in); none when the text has no word in it.
   */
  private List<String> asTyped(Map<String, String> draft) {
    String text = draft.getOrDefault("text", "");
    if (text.chars().noneMatch(Character::isLetter)) {
      return List.of();
    }
    return desk.furtherLanguages().stream()
        .filter(l -> !draft.containsKey(TEXT_IN + l))
        .sorted()
        .toList();
  }

  /** The text in each further language it was given in, by language code. */
  private static Map<String, String> textsInLanguages(Map<String, String> draft) {
    Map<String, String> texts = new HashMap<>();
    draft.forEach(
        (key, value) -> {
          if (key.startsWith(TEXT_IN)) {
            texts.put(key.substring(TEXT_IN.length()), value);
          }
        });
    return texts;
  }

  private List<Channel> candidates(Map<String, String> draft) {
    NoticeCategory category = NoticeCategory.valueOf(draft.get("category"));
    return channels.all().stream().filter(c -> c.receives(category)).toList();
  }

  private String targetNames(Notice provisional) {
    return String.join(
        ", ",
        channels.all().stream()
            .filter(c -> provisional.targets().contains(c.id()))
            .map(c -> c.label(NoticePreviews.platformName(c.platform())))
            .toList());
  }

  private static List<String> list(Map<String, String> draft, String key) {
    String value = draft.getOrDefault(key, "");
    return value.isBlank() ? List.of() : Arrays.asList(value.split(","));
  }

  private static List<String> toggled(List<String> current, String id) {
    Set<String> out = new LinkedHashSet<>(current);
    if (!out.remove(id)) {
      out.add(id);
    }
    return List.copyOf(out);
  }

  private static Button button(ChatContext context, String label, String choice, String value) {
    return context
        .buttons()
        .create(context.identity(), label, ButtonAction.answer(NAME, choice, value));
  }

  static String lower(String name) {
    return name.toLowerCase(Locale.ROOT);
  }
}
