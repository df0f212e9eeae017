package org.deptbot.bot.notices;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.deptbot.bot.chat.Button;
import org.deptbot.bot.chat.ButtonAction;
import org.deptbot.bot.chat.ChatContext;
import org.deptbot.bot.chat.Outgoing;
import org.deptbot.bot.chat.RichText;
import org.deptbot.bot.delivery.NoticePost;
import org.deptbot.bot.delivery.NoticePostLimits;
import org.deptbot.bot.delivery.NoticePoster;
import org.deptbot.bot.delivery.NoticePosts;
import org.deptbot.core.channels.Channel;
import org.deptbot.core.channels.Channels;
import org.deptbot.core.notices.EveryLanguagePost;
import org.deptbot.core.notices.GuardrailFinding;
import org.deptbot.core.notices.Guardrails;
import org.deptbot.core.notices.LimitExceeded;
import org.deptbot.core.notices.Notice;
import org.deptbot.core.notices.NoticeMode;
import org.deptbot.core.notices.Notices;
import org.deptbot.core.staff.ChatPlatform;
import org.deptbot.core.subscribers.Subscribers;
import org.deptbot.core.templates.BlankValues;
import org.deptbot.core.templates.Template;
import org.deptbot.core.zones.Zone;
import org.deptbot.core.zones.Zones;

/**
 * The preview a dispatcher confirms: the post exactly as it will appear, then a control message
 * with where it goes, Live or Exercise, what the guardrails found, what is too long for which
 * platform, and the buttons. Confirm is offered only when nothing stops the post.
 */
class NoticePreviews {

  private final NoticePosts posts;
  private final Channels channels;
  private final Subscribers subscribers;
  private final Guardrails guardrails;
  private final NoticeProblemTexts words;
  private final Map<ChatPlatform, NoticePoster> posters;
  private final Notices notices;
  private final Zones zones;

  NoticePreviews(
      NoticePosts posts,
      Channels channels,
      Subscribers subscribers,
      Guardrails guardrails,
      NoticeProblemTexts words,
      List<NoticePoster> posters,
      Notices notices,
      Zones zones) {
    this.zones = zones;
    this.notices = notices;
    this.posters =
        posters.stream().collect(Collectors.toMap(NoticePoster::platform, p -> p, (a, b) -> a));
    this.words = words;
    this.posts = posts;
    this.channels = channels;
    this.subscribers = subscribers;
    this.guardrails = guardrails;
  }

  List<Channel> candidates(Template template) {
    return channels.candidatesFor(template);
  }

  List<String> defaultTargets(Template template) {
    return channels.defaultTargetsFor(template);
  }

  /** The zones the template names by default, of those the department still has. */
  List<String> defaultZones(Template template) {
    return zones.byIds(zones.defaultsFor(template.key())).stream().map(Zone::id).toList();
  }

  /** Where a notice applies, in words: its zones' names, or the whole area. */
  static String where(ChatContext context, Notice notice) {
    return notice.zones().isEmpty()
        ? context.text("notice.where.whole-area")
        : String.join(", ", notice.zones().stream().map(Zone::name).toList());
  }

  List<Outgoing> show(
      ChatContext context, Template template, Notice provisional, NoticeDraft draft) {
    Checked checked = check(provisional);
    List<Outgoing> out = new ArrayList<>();
    for (NoticePost post : shown(context, provisional, checked.post())) {
      out.add(
          new Outgoing.Send(context.incoming().chat(), post.asRichText(), List.of(), post.image()));
    }
    out.add(
        new Outgoing.Send(
            context.incoming().chat(),
            controlText(context, template, provisional, draft, checked),
            controlButtons(context, template, provisional, draft, checked)));
    return out;
  }

  /**
   * The post as the preview shows it: in every language it is posted in, each under its language's
   * heading as a channel in every language shows it; when that one post is too long for this chat,
   * each language's post after the other. A notice in the default language only is its post.
   */
  List<NoticePost> shown(ChatContext context, Notice provisional, NoticePost post) {
    if (provisional.latest().wordings().isEmpty()) {
      return List.of(post);
    }
    NoticePost every = posts.of(provisional, provisional.latest(), Channel.ALL);
    if (measure(context.identity().platform(), every).isEmpty()) {
      return List.of(every);
    }
    List<NoticePost> each = new ArrayList<>(List.of(post));
    for (String language : provisional.latest().wordings().keySet()) {
      each.add(posts.of(provisional, provisional.latest(), language));
    }
    return each;
  }

  /** The control message again, after a toggle: edited in place under the same preview. */
  Outgoing.Edit redraw(
      ChatContext context,
      String messageId,
      Template template,
      Notice provisional,
      NoticeDraft draft) {
    Checked checked = check(provisional);
    return new Outgoing.Edit(
        context.incoming().chat(),
        messageId,
        controlText(context, template, provisional, draft, checked),
        controlButtons(context, template, provisional, draft, checked));
  }

  /**
   * What stops or questions a post: guardrail findings, sizes over a platform's limit, and channels
   * posting every language whose combined post would not fit.
   */
  record Checked(
      NoticePost post,
      List<GuardrailFinding> findings,
      List<LimitExceeded> over,
      List<CombinedTooLong> combinedOver) {

    boolean blocked() {
      return Guardrails.refuses(findings) || !over.isEmpty() || !combinedOver.isEmpty();
    }

    boolean warns() {
      return Guardrails.warns(findings);
    }
  }

  /** A channel posting every language in one post, and the limit that post goes over. */
  record CombinedTooLong(Channel channel, LimitExceeded limit) {}

  Checked check(Notice provisional) {
    NoticePost post = posts.of(provisional);
    List<LimitExceeded> over = new ArrayList<>();
    // subscribers are on Telegram, each in their language: every language's post must fit there
    addNew(over, measure(ChatPlatform.TELEGRAM, post));
    for (String language : provisional.latest().wordings().keySet()) {
      addNew(
          over,
          measure(ChatPlatform.TELEGRAM, posts.of(provisional, provisional.latest(), language)));
    }
    // each channel gets the post in its own language, or in all of them in one post
    List<CombinedTooLong> combinedOver = new ArrayList<>();
    for (Channel channel : channels.all()) {
      if (!provisional.targets().contains(channel.id())) {
        continue;
      }
      NoticePost shown = posts.of(provisional, provisional.latest(), channel.language());
      List<LimitExceeded> tooLong = measure(channel.platform(), shown);
      if (channel.postsEveryLanguage() && !shown.text().equals(post.text())) {
        tooLong.forEach(limit -> combinedOver.add(new CombinedTooLong(channel, limit)));
      } else {
        addNew(over, tooLong);
      }
    }
    // each language's post is checked too: an answer given in one language reaches only its post
    List<GuardrailFinding> findings =
        new ArrayList<>(guardrails.check(post.title() + "\n" + post.body()));
    for (String language : provisional.latest().wordings().keySet()) {
      NoticePost inLanguage = posts.of(provisional, provisional.latest(), language);
      for (GuardrailFinding f : guardrails.check(inLanguage.title() + "\n" + inLanguage.body())) {
        boolean seen =
            findings.stream()
                .anyMatch(
                    k -> k.rule().equals(f.rule()) && k.matched().equalsIgnoreCase(f.matched()));
        if (!seen) {
          findings.add(f);
        }
      }
    }
    return new Checked(post, List.copyOf(findings), over, combinedOver);
  }

  /**
   * What the guardrails refuse in one answer, in words (the first such finding); empty when they
   * refuse nothing. An answer given in a further language is checked with this before it is kept.
   */
  java.util.Optional<String> refusal(String answer) {
    return guardrails.check(answer).stream()
        .filter(f -> f.rule().action() == org.deptbot.core.notices.GuardrailRule.Action.REFUSE)
        .findFirst()
        .map(words::finding);
  }

  /** A connected platform measures the post as it will send it (escaping included). */
  private List<LimitExceeded> measure(ChatPlatform platform, NoticePost post) {
    return posters.containsKey(platform)
        ? posters.get(platform).check(post)
        : NoticePostLimits.check(platform, post);
  }

  private static void addNew(List<LimitExceeded> over, List<LimitExceeded> more) {
    more.stream().filter(l -> !over.contains(l)).forEach(over::add);
  }

  private RichText controlText(
      ChatContext context,
      Template template,
      Notice provisional,
      NoticeDraft draft,
      Checked checked) {
    List<GuardrailFinding> findings = checked.findings();
    List<LimitExceeded> over = checked.over();
    RichText.Builder text = RichText.builder().bold(context.text("notice.preview.heading"));
    if (draft.kind() == NoticeDraft.Kind.ISSUE) {
      text.newline().plain(context.text("notice.preview.targets", targetNames(provisional)));
      text.newline().plain(context.text("notice.where", where(context, provisional)));
      if (provisional.mode() == NoticeMode.LIVE) {
        text.newline()
            .plain(
                context.text(
                    "notice.preview.subscribers", subscribers.countReceiving(template.category())));
      } else {
        text.newline().plain(context.text("notice.preview.exercise"));
      }
    } else if (draft.changesScheduled()) {
      text.newline().plain(context.text("notice.preview.scheduled-change"));
    } else {
      text.newline().plain(context.text("notice.preview.update-targets"));
    }
    if (draft.kind() == NoticeDraft.Kind.ISSUE || draft.changesScheduled()) {
      text.newline()
          .plain(
              draft
                  .sendAt()
                  .map(
                      at ->
                          context.text(
                              "notice.preview.goes-out-at", words.stamp(at), words.countdown(at)))
                  .orElseGet(() -> context.text("notice.preview.goes-out-now")));
    }
    text.newline().plain(expiry(context, provisional, draft));
    sameInEveryLanguage(context, template, provisional).forEach(line -> text.newline().plain(line));
    for (LimitExceeded limit : over) {
      text.newline()
          .bold(
              context.text(
                  "notice.preview.too-long." + limit.part(),
                  platformName(limit.platform()),
                  limit.length(),
                  limit.limit(),
                  limit.over()));
    }
    for (CombinedTooLong combined : checked.combinedOver()) {
      LimitExceeded limit = combined.limit();
      text.newline()
          .bold(
              context.text(
                  "notice.preview.every-language-too-long",
                  combined.channel().name(),
                  platformName(limit.platform()),
                  limit.length(),
                  limit.limit(),
                  limit.over()));
    }
    for (GuardrailFinding finding : findings) {
      text.newline().bold(words.finding(finding));
    }
    if (checked.warns() && !checked.blocked()) {
      text.newline().plain(context.text("notice.preview.acknowledge"));
    }
    return text.build();
  }

  /**
   * A free-text answer goes into every language's post as it was typed: said once per further
   * language with such answers, naming their blanks as the questions asked them, so the issuer
   * knows a Spanish reader sees "water main break" too. A blank answered in that language as well
   * is left out; a language with none is not mentioned. The language is named as its post's heading
   * and the "Write answers in" button name it ("Español").
   */
  private static List<String> sameInEveryLanguage(
      ChatContext context, Template template, Notice provisional) {
    Map<String, String> values = provisional.latest().values();
    List<String> lines = new ArrayList<>();
    for (String language : new java.util.TreeSet<>(provisional.latest().wordings().keySet())) {
      List<String> labels =
          template.variables().stream()
              .filter(BlankValues.usedAsTyped(template, values, language)::contains)
              .map(v -> context.text("notice.preview.quoted", v.label()))
              .toList();
      if (!labels.isEmpty()) {
        lines.add(
            context.text(
                "notice.preview.same-in-every-language",
                EveryLanguagePost.heading(language),
                String.join(", ", labels)));
      }
    }
    return lines;
  }

  /**
   * One button per further language whose post uses some text answers as typed ("Write answers in
   * Español"): it lists them, and each is then given in that language.
   */
  private static void languageButtons(
      ChatContext context, Template template, Notice provisional, List<List<Button>> rows) {
    Map<String, String> values = provisional.latest().values();
    provisional.latest().wordings().keySet().stream()
        .filter(template.wordings()::containsKey)
        .sorted()
        .filter(l -> !BlankValues.usedAsTyped(template, values, l).isEmpty())
        .forEach(
            l ->
                rows.add(
                    List.of(
                        button(
                            context,
                            context.text("notice.button.write-in", EveryLanguagePost.heading(l)),
                            "languages",
                            l))));
  }

  /** One row per zone to tick, then the whole area (ticked when no zone is); none without zones. */
  private void zoneButtons(ChatContext context, NoticeDraft draft, List<List<Button>> rows) {
    List<Zone> all = zones.all();
    if (all.isEmpty()) {
      return;
    }
    List<Button> row = new ArrayList<>();
    for (Zone zone : all) {
      boolean on = draft.zones().contains(zone.id());
      row.add(
          button(
              context,
              context.text(on ? "notice.button.zone-on" : "notice.button.zone-off", zone.name()),
              "zone",
              zone.id()));
      if (row.size() == 2) { // two a row, so they stay readable on a phone
        rows.add(row);
        row = new ArrayList<>();
      }
    }
    if (!row.isEmpty()) {
      rows.add(row);
    }
    boolean whole = draft.zones().isEmpty();
    rows.add(
        List.of(
            button(
                context,
                context.text(whole ? "notice.button.whole-area-on" : "notice.button.whole-area"),
                "zone",
                "*")));
  }

  private List<List<Button>> controlButtons(
      ChatContext context,
      Template template,
      Notice provisional,
      NoticeDraft draft,
      Checked checked) {
    List<List<Button>> rows = new ArrayList<>();
    if (draft.kind() == NoticeDraft.Kind.ISSUE) {
      for (Channel channel : candidates(template)) {
        boolean on = draft.targets().contains(channel.id());
        String label =
            context.text(
                on ? "notice.button.target-on" : "notice.button.target-off",
                channel.name(),
                platformName(channel.platform()));
        rows.add(List.of(button(context, label, "target", channel.id())));
      }
      zoneButtons(context, draft, rows);
      boolean live = draft.mode() == NoticeMode.LIVE;
      rows.add(
          List.of(
              button(
                  context,
                  context.text(live ? "notice.button.live-on" : "notice.button.live"),
                  "mode",
                  "LIVE"),
              button(
                  context,
                  context.text(live ? "notice.button.exercise" : "notice.button.exercise-on"),
                  "mode",
                  "EXERCISE")));
    }
    if (draft.kind() == NoticeDraft.Kind.ISSUE || draft.changesScheduled()) {
      boolean now = draft.sendAt().isEmpty();
      rows.add(
          List.of(
              button(
                  context,
                  context.text(now ? "notice.button.send-now-on" : "notice.button.send-now"),
                  "now"),
              button(
                  context,
                  context.text(now ? "notice.button.send-later" : "notice.button.send-later-on"),
                  "when")));
    }
    languageButtons(context, template, provisional, rows);
    List<Button> edit = new ArrayList<>();
    edit.add(button(context, context.text("notice.button.change"), "change"));
    if (draft.kind() == NoticeDraft.Kind.UPDATE) {
      edit.add(button(context, context.text("notice.button.note"), "note"));
    }
    rows.add(edit);
    List<Button> last = new ArrayList<>();
    boolean noTargets = draft.kind() == NoticeDraft.Kind.ISSUE && draft.targets().isEmpty();
    boolean unacknowledged = checked.warns() && !draft.warningsAcknowledged();
    if (!checked.blocked() && !noTargets) {
      String confirm =
          unacknowledged
              ? context.text("notice.button.acknowledge")
              : draft.sendAt().isPresent()
                  ? context.text(
                      "notice.button.confirm-scheduled", words.stamp(draft.sendAt().get()))
                  : draft.kind() == NoticeDraft.Kind.UPDATE
                      ? context.text("notice.button.confirm-update")
                      : context.text(
                          draft.mode() == NoticeMode.LIVE
                              ? "notice.button.confirm-live"
                              : "notice.button.confirm-exercise",
                          draft.targets().size());
      last.add(button(context, confirm, unacknowledged ? "ack" : "confirm"));
    }
    last.add(button(context, context.text("notice.button.discard"), "stop"));
    rows.add(last);
    return rows;
  }

  /** When the notice expires; for an update whose new time outlasts it, that it moves and why. */
  private String expiry(ChatContext context, Notice provisional, NoticeDraft draft) {
    String expires = words.stamp(provisional.expiresAt());
    if (draft.kind() == NoticeDraft.Kind.UPDATE) {
      var before = notices.byId(draft.noticeId()).map(Notice::expiresAt).orElse(null);
      if (before != null && provisional.expiresAt().isAfter(before)) {
        return context.text("notice.preview.expires-moved", expires, words.stamp(before));
      }
    }
    return context.text("notice.preview.expires", expires);
  }

  private String targetNames(Notice provisional) {
    List<String> names =
        channels.all().stream()
            .filter(c -> provisional.targets().contains(c.id()))
            .map(Channel::name)
            .toList();
    return names.isEmpty() ? "—" : String.join(", ", names);
  }

  static String platformName(ChatPlatform platform) {
    String name = platform.name();
    return name.charAt(0) + name.substring(1).toLowerCase();
  }

  private static Button button(ChatContext context, String label, String choice) {
    return button(context, label, choice, "");
  }

  private static Button button(ChatContext context, String label, String choice, String value) {
    return context
        .buttons()
        .create(context.identity(), label, ButtonAction.answer(NoticeFlow.NAME, choice, value));
  }
}
