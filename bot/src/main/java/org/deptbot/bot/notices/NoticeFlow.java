package org.deptbot.bot.notices;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.deptbot.bot.chat.Button;
import org.deptbot.bot.chat.ButtonAction;
import org.deptbot.bot.chat.ChatContext;
import org.deptbot.bot.chat.ChatFlow;
import org.deptbot.bot.chat.Conversation;
import org.deptbot.bot.chat.Conversations;
import org.deptbot.bot.chat.Incoming;
import org.deptbot.bot.chat.Outgoing;
import org.deptbot.bot.chat.RichText;
import org.deptbot.core.notices.EveryLanguagePost;
import org.deptbot.core.notices.Notice;
import org.deptbot.core.notices.NoticeDesk;
import org.deptbot.core.notices.NoticeMode;
import org.deptbot.core.notices.NoticeOutcome;
import org.deptbot.core.notices.NoticePhotos;
import org.deptbot.core.notices.NoticeTransitionRefused;
import org.deptbot.core.templates.BlankValues;
import org.deptbot.core.templates.Template;
import org.deptbot.core.templates.TemplateVariable;
import org.deptbot.core.templates.Templates;
import org.deptbot.core.templates.TimeDirection;
import org.deptbot.core.templates.VariableCheck;
import org.deptbot.core.templates.VariableRules;
import org.deptbot.core.templates.VariableType;

/**
 * The notice conversation after {@code /notice} or {@code /notice_update}: each blank asked and
 * checked (optional ones skippable, a photo as a picture), then the preview, the targets, Live or
 * Exercise, and Confirm. Nothing is posted before Confirm.
 */
class NoticeFlow implements ChatFlow {

  static final String NAME = "notice";

  private final Conversations conversations;
  private final Templates templates;
  private final VariableRules rules;
  private final NoticePhotos photos;
  private final NoticePreviews previews;
  private final NoticeDesk desk;
  private final NoticeChangeTexts replies;
  private final NoticeConfirmations confirmations;
  private final NoticeProblemTexts words;
  private final Clock clock;

  NoticeFlow(
      Conversations conversations,
      Templates templates,
      VariableRules rules,
      NoticePhotos photos,
      NoticePreviews previews,
      NoticeDesk desk,
      NoticeChangeTexts replies,
      NoticeConfirmations confirmations,
      NoticeProblemTexts words,
      Clock clock) {
    this.clock = clock;
    this.conversations = conversations;
    this.templates = templates;
    this.rules = rules;
    this.photos = photos;
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

  /** Starts (or restarts) the conversation: asks the first blank still open, else previews. */
  List<Outgoing> begin(ChatContext context, NoticeDraft draft, boolean guided) {
    return next(context, guided ? draft.guided() : draft);
  }

  @Override
  public List<Outgoing> onText(ChatContext context, Conversation conversation, String text) {
    NoticeDraft draft = NoticeDraft.of(conversation);
    Template template = template(draft);
    if (conversation.step().equals("note")) {
      return next(context, draft.withNote(text.strip()));
    }
    if (conversation.step().equals("when")) {
      return sendAt(context, draft, text);
    }
    if (conversation.step().equals("languages")) {
      return context.replyWith("notice.use-buttons");
    }
    if (BlankValues.inOneLanguage(draft.asking())) {
      return answeredInLanguage(context, template, draft, text);
    }
    Optional<TemplateVariable> asked = variable(template, draft.asking());
    if (asked.isEmpty()) {
      return context.replyWith("notice.use-buttons");
    }
    if (asked.get().type() == VariableType.PHOTO) {
      return context.replyWith("notice.photo-expected");
    }
    VariableCheck check = rules.check(asked.get(), text);
    if (check instanceof VariableCheck.Invalid invalid) {
      List<Outgoing> out = new ArrayList<>(context.reply(RichText.plain(words.invalid(invalid))));
      out.addAll(ask(context, template, draft, asked.get()));
      return out;
    }
    VariableCheck.Valid valid = (VariableCheck.Valid) check;
    return next(
        context,
        draft.withChecked(asked.get(), valid, rules.entries(asked.get(), valid, template)));
  }

  /**
   * From the preview: the text blanks whose answer {@code language}'s post uses as typed, each a
   * button, and Back. None left (answered meanwhile): the preview again.
   */
  private List<Outgoing> chooseInLanguage(
      ChatContext context, Template template, NoticeDraft draft, String language) {
    if (!template.wordings().containsKey(language)) {
      return context.replyWith("button.expired");
    }
    List<TemplateVariable> asTyped = BlankValues.usedAsTyped(template, draft.values(), language);
    if (asTyped.isEmpty()) {
      return next(context, draft.asking(null));
    }
    conversations.begin(context.identity(), NAME, "languages", draft.asking(null));
    List<List<Button>> rows = new ArrayList<>();
    for (TemplateVariable v : asTyped) {
      rows.add(List.of(flowButton(context, v.label(), "own", BlankValues.key(v.name(), language))));
    }
    rows.add(List.of(flowButton(context, context.text("notice.button.back"), "back")));
    return context.reply(
        RichText.plain(context.text("notice.languages.pick", EveryLanguagePost.heading(language))),
        rows);
  }

  /**
   * Asks for blank {@code key}'s value in one further language ({@code reason@es}): only that
   * language's post reads it. Back returns to the preview unchanged.
   */
  private List<Outgoing> askInLanguage(
      ChatContext context, Template template, NoticeDraft draft, String key) {
    String blank = key == null ? null : BlankValues.blankOf(key);
    Optional<TemplateVariable> v = variable(template, blank);
    String language =
        blank == null || !BlankValues.inOneLanguage(key) ? null : key.substring(blank.length() + 1);
    if (v.isEmpty() || language == null || !template.wordings().containsKey(language)) {
      return context.replyWith("button.expired"); // a question answered or changed meanwhile
    }
    String name = EveryLanguagePost.heading(language);
    conversations.begin(context.identity(), NAME, "value", draft.asking(key));
    RichText text =
        RichText.builder()
            .bold(context.text("notice.ask-in-language", v.get().label(), name))
            .newline()
            .italic(context.text("notice.hint.in-language", name))
            .build();
    return context.reply(
        text,
        List.of(
            List.of(
                flowButton(context, context.text("notice.button.back"), "back"),
                flowButton(context, context.text("notice.button.discard"), "stop"))));
  }

  /**
   * A blank's value in one further language: checked as the default answer is (length, what the
   * guardrails refuse); a bad one changes nothing and is asked again. Then the updated preview.
   */
  private List<Outgoing> answeredInLanguage(
      ChatContext context, Template template, NoticeDraft draft, String text) {
    String key = draft.asking();
    String blank = BlankValues.blankOf(key);
    String language = key.substring(blank.length() + 1);
    Optional<TemplateVariable> v = variable(template, blank);
    if (v.isEmpty()) {
      return context.replyWith("notice.use-buttons");
    }
    VariableCheck check = rules.check(v.get(), text);
    String problem =
        check instanceof VariableCheck.Invalid invalid
            ? words.invalid(invalid)
            : previews.refusal(((VariableCheck.Valid) check).value()).orElse(null);
    if (problem != null) {
      List<Outgoing> out = new ArrayList<>(context.reply(RichText.plain(problem)));
      out.addAll(askInLanguage(context, template, draft, key));
      return out;
    }
    return next(context, draft.withValueIn(blank, language, ((VariableCheck.Valid) check).value()));
  }

  @Override
  public List<Outgoing> onAttachment(
      ChatContext context, Conversation conversation, Incoming.Attachment attachment) {
    NoticeDraft draft = NoticeDraft.of(conversation);
    Optional<TemplateVariable> asked = variable(template(draft), draft.asking());
    if (asked.isEmpty() || asked.get().type() != VariableType.PHOTO) {
      return context.replyWith("notice.photo-unexpected");
    }
    if (attachment != null && attachment.size() > NoticePhotos.MAX_BYTES) {
      return context.replyWith("notice.photo-size"); // too big for the platform to hand over
    }
    if (attachment == null || attachment.bytes() == null || attachment.bytes().length == 0) {
      return context.replyWith("notice.photo-unreadable");
    }
    if (!List.of("image/jpeg", "image/png", "image/webp").contains(attachment.mediaType())) {
      return context.replyWith("notice.photo-type");
    }
    if (attachment.bytes().length > NoticePhotos.MAX_BYTES) {
      return context.replyWith("notice.photo-size");
    }
    String value = photos.store(attachment.mediaType(), attachment.fileName(), attachment.bytes());
    return next(context, draft.withValue(asked.get().name(), value));
  }

  @Override
  public List<Outgoing> onAnswer(
      ChatContext context, Conversation conversation, ButtonAction.Answer answer) {
    NoticeDraft draft = NoticeDraft.of(conversation);
    Template template = template(draft);
    String arg = answer.value();
    String messageId =
        context.incoming() instanceof Incoming.ButtonPress press ? press.messageId() : null;
    return switch (answer.choice()) {
      case "skip" -> next(context, draft.withValue(draft.asking(), ""));
      case "languages" -> chooseInLanguage(context, template, draft, arg);
      case "own" ->
          askInLanguage(
              context,
              template,
              draft,
              // a button from before the question moved to the preview names only the language
              BlankValues.inOneLanguage(arg) || draft.asking() == null
                  ? arg
                  : BlankValues.key(draft.asking(), arg));
      // "same": a button from before the question moved to the preview, meaning the same
      case "back", "same" -> next(context, draft.asking(null));
      case "pick" -> pick(context, template, draft, arg);
      case "keep" ->
          next(context, draft.withValue(draft.asking(), draft.values().get(draft.asking())));
      case "ask" ->
          variable(template, arg)
              .map(v -> ask(context, template, draft.asking(v.name()), v))
              .orElseGet(() -> context.replyWith("button.expired"));
      case "change" -> chooseBlank(context, template, draft);
      case "note" -> {
        conversations.begin(context.identity(), NAME, "note", draft);
        yield context.replyWith("notice.ask-note");
      }
      case "target" -> redraw(context, messageId, template, draft.toggled(arg));
      case "zone" ->
          redraw(
              context,
              messageId,
              template,
              "*".equals(arg) ? draft.withZones(List.of()) : draft.zoneToggled(arg));
      // the post itself changes (an exercise is marked on it), so it is shown again, not just the
      // buttons under it
      case "mode" -> redraw(context, null, template, draft.withMode(NoticeMode.valueOf(arg)));
      case "ack" -> redraw(context, messageId, template, draft.acknowledged());
      case "now" -> redraw(context, messageId, template, draft.sendingNow());
      case "when" -> askWhen(context, draft);
      case "confirm" -> confirm(context, draft);
      case "stop" -> {
        conversations.end(context.identity());
        yield context.replyWith("notice.discarded");
      }
      default -> context.replyWith("button.expired");
    };
  }

  /** Asks the first blank not answered yet; with none left, shows the preview. */
  private List<Outgoing> next(ChatContext context, NoticeDraft draft) {
    Template template = template(draft);
    for (TemplateVariable v : template.variables()) {
      boolean open = !draft.has(v.name()) && (v.required() || draft.isGuided());
      if (open) {
        return ask(context, template, draft.asking(v.name()), v);
      }
    }
    NoticeDraft ready = draft.previewing();
    conversations.begin(context.identity(), NAME, "preview", ready);
    try {
      Notice provisional = provisional(context, ready);
      return previews.show(context, template, provisional, ready);
    } catch (NoticeTransitionRefused refused) {
      conversations.end(context.identity());
      return replies.refused(context, refused);
    }
  }

  private List<Outgoing> ask(
      ChatContext context, Template template, NoticeDraft draft, TemplateVariable v) {
    conversations.begin(context.identity(), NAME, "value", draft.asking(v.name()));
    int number = template.variables().indexOf(v) + 1;
    RichText.Builder text =
        RichText.builder()
            .bold(context.text("notice.ask", number, template.variables().size(), v.label()))
            .newline()
            .italic(context.text("notice.hint." + v.hintKey()));
    if (!v.choices().isEmpty()) {
      text.newline().plain(context.text("notice.choices", String.join(", ", v.choices())));
    }
    List<List<Button>> rows = new ArrayList<>();
    for (int i = 0; i < v.choices().size(); i += 2) { // two a row, so they stay readable on a phone
      List<Button> pair = new ArrayList<>();
      for (int j = i; j < Math.min(i + 2, v.choices().size()); j++) {
        pair.add(flowButton(context, v.choices().get(j), "pick", String.valueOf(j)));
      }
      rows.add(pair);
    }
    List<Button> row = new ArrayList<>();
    String current = draft.values().get(v.name());
    if (draft.kind() == NoticeDraft.Kind.UPDATE && current != null && !current.isEmpty()) {
      String shown =
          NoticePhotos.isPhotoValue(current) ? context.text("notice.the-photo") : current;
      row.add(flowButton(context, context.text("notice.button.keep", shorten(shown)), "keep"));
    }
    if (!v.required()) {
      row.add(flowButton(context, context.text("notice.button.skip"), "skip"));
    }
    row.add(flowButton(context, context.text("notice.button.discard"), "stop"));
    rows.add(row);
    return context.reply(text.build(), rows);
  }

  /** A choice pressed under the question: checked like a typed one, then on to the next blank. */
  private List<Outgoing> pick(
      ChatContext context, Template template, NoticeDraft draft, String index) {
    Optional<TemplateVariable> asked = variable(template, draft.asking());
    int i;
    try {
      i = Integer.parseInt(index);
    } catch (NumberFormatException garbled) {
      i = -1;
    }
    if (asked.isEmpty() || i < 0 || i >= asked.get().choices().size()) {
      return context.replyWith("button.expired"); // a question answered or changed meanwhile
    }
    VariableCheck check = rules.check(asked.get(), asked.get().choices().get(i));
    if (check instanceof VariableCheck.Invalid invalid) {
      return context.reply(RichText.plain(words.invalid(invalid)));
    }
    VariableCheck.Valid valid = (VariableCheck.Valid) check;
    return next(
        context,
        draft.withChecked(asked.get(), valid, rules.entries(asked.get(), valid, template)));
  }

  /** The blank-like question "when should it go out?", read as a time still to come. */
  private static final TemplateVariable SEND_AT =
      TemplateVariable.required("send_at", "send_at", VariableType.DATETIME)
          .withWhen(TimeDirection.FUTURE);

  private List<Outgoing> askWhen(ChatContext context, NoticeDraft draft) {
    conversations.begin(context.identity(), NAME, "when", draft);
    RichText text =
        RichText.builder()
            .bold(context.text("notice.when.ask"))
            .newline()
            .italic(context.text("notice.when.hint", words.zone(), rules.laterExample()))
            .build();
    return context.reply(
        text,
        List.of(
            List.of(
                flowButton(context, context.text("notice.button.send-now"), "now"),
                flowButton(context, context.text("notice.button.discard"), "stop"))));
  }

  /** A time typed for "when should it go out?": in the department's zone, and still to come. */
  private List<Outgoing> sendAt(ChatContext context, NoticeDraft draft, String typed) {
    VariableCheck check = rules.check(SEND_AT, typed);
    if (check instanceof VariableCheck.Invalid invalid) {
      String why =
          invalid.problem() == VariableCheck.Problem.ALREADY_PASSED
              ? context.text(
                  "notice.when.passed", invalid.args()[1], rules.laterExample(), words.zone())
              : words.invalid(invalid);
      List<Outgoing> out = new ArrayList<>(context.reply(RichText.plain(why)));
      out.addAll(askWhen(context, draft));
      return out;
    }
    Instant at = ((VariableCheck.Valid) check).at();
    if (at == null || !at.isAfter(clock.instant())) { // "now", or this very minute
      List<Outgoing> out = new ArrayList<>(context.replyWith("notice.when.too-soon"));
      out.addAll(askWhen(context, draft));
      return out;
    }
    return next(context, draft.sendingAt(at));
  }

  /** Asks which blank to change (an update's first question, or Change a value). */
  List<Outgoing> chooseBlank(ChatContext context, Template template, NoticeDraft draft) {
    conversations.begin(context.identity(), NAME, "change", draft);
    List<List<Button>> rows = new ArrayList<>();
    for (TemplateVariable v : template.variables()) {
      rows.add(List.of(flowButton(context, v.label(), "ask", v.name())));
    }
    return context.reply(context.messages().plain("notice.which-blank"), rows);
  }

  private List<Outgoing> redraw(
      ChatContext context, String messageId, Template template, NoticeDraft draft) {
    conversations.begin(context.identity(), NAME, "preview", draft);
    Notice provisional = provisional(context, draft);
    if (messageId == null) {
      return previews.show(context, template, provisional, draft);
    }
    return List.of(previews.redraw(context, messageId, template, provisional, draft));
  }

  /** The notice as confirming the draft would leave it; nothing is stored. */
  private Notice provisional(ChatContext context, NoticeDraft draft) {
    return draft.kind() == NoticeDraft.Kind.UPDATE
        ? desk.provisional(context.actor(), draft.asUpdate())
        : desk.provisional(context.actor(), draft.asIssue());
  }

  private List<Outgoing> confirm(ChatContext context, NoticeDraft draft) {
    NoticeOutcome outcome =
        draft.kind() == NoticeDraft.Kind.UPDATE
            ? desk.update(context.actor(), draft.asUpdate())
            : desk.issue(context.actor(), draft.asIssue());
    if (!(outcome instanceof NoticeOutcome.Refused)
        && !(outcome instanceof NoticeOutcome.ScheduledInThePast)) {
      // a refused draft can still be changed or discarded; one whose time passed given a new time
      conversations.end(context.identity());
    }
    return confirmations.answer(context, outcome);
  }

  private Template template(NoticeDraft draft) {
    return desk.template(draft.templateId()).orElseThrow();
  }

  private static Optional<TemplateVariable> variable(Template template, String name) {
    return template.variables().stream().filter(v -> v.name().equals(name)).findFirst();
  }

  private static Button flowButton(ChatContext context, String label, String choice) {
    return flowButton(context, label, choice, "");
  }

  private static Button flowButton(ChatContext context, String label, String choice, String value) {
    return context
        .buttons()
        .create(context.identity(), label, ButtonAction.answer(NAME, choice, value));
  }

  private static String shorten(String value) {
    return value.length() <= 24 ? value : value.substring(0, 23) + "…";
  }
}
