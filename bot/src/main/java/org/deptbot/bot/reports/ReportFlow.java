package org.deptbot.bot.reports;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
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
import org.deptbot.core.reports.Confidentiality;
import org.deptbot.core.reports.EvidenceStore;
import org.deptbot.core.reports.PolicyClause;
import org.deptbot.core.reports.Report;
import org.deptbot.core.reports.SocialPlatform;
import org.deptbot.core.staff.StaffMember;
import org.deptbot.core.staff.StaffMembers;

/**
 * The report intake: links, platform, the policy provision, who posted it, what happened, how
 * confidential, a review, then Submit. The receipt is sent only once the case is stored, and again
 * for the same case if the Submit is handled again.
 */
class ReportFlow implements ChatFlow {

  static final String NAME = "report";

  private static final int MIN_DESCRIPTION = 10;

  /** The most the description form takes: a Discord message's length, as a typed one would be. */
  private static final int DESCRIPTION_FORM_LENGTH = 2000;

  private final Conversations conversations;
  private final StaffMembers staff;
  private final ReportDesk desk;
  private final ReportProperties properties;
  private final EvidenceStore evidence;

  ReportFlow(
      Conversations conversations,
      StaffMembers staff,
      ReportDesk desk,
      ReportProperties properties,
      EvidenceStore evidence) {
    this.evidence = evidence;
    this.conversations = conversations;
    this.staff = staff;
    this.desk = desk;
    this.properties = properties;
  }

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public List<Outgoing> onText(ChatContext context, Conversation conversation, String text) {
    ReportDraft draft = ReportDraft.of(conversation);
    return switch (conversation.step()) {
      case "links" -> links(context, draft, text);
      case "subject-name" -> colleagues(context, draft, text);
      case "subject-text" -> describe(context, draft.withSubjectText(text.strip()));
      case "description" -> {
        if (text.strip().length() < MIN_DESCRIPTION) {
          yield context.replyWith("report.description-short");
        }
        yield evidence(context, draft.withDescription(text.strip()));
      }
      default -> context.replyWith("report.use-buttons");
    };
  }

  @Override
  public List<Outgoing> onAnswer(
      ChatContext context, Conversation conversation, ButtonAction.Answer answer) {
    ReportDraft draft = ReportDraft.of(conversation);
    String arg = answer.value();
    return switch (answer.choice()) {
      case "platform" -> clause(context, draft.withPlatform(SocialPlatform.valueOf(arg)), null);
      case "clause" -> subject(context, draft.withClause(PolicyClause.valueOf(arg)));
      case "colleague" -> step(context, draft, "subject-name", "report.ask-colleague", List.of());
      case "unknown" -> step(context, draft, "subject-text", "report.ask-subject-text", List.of());
      case "subject" -> describe(context, draft.withSubjectId(arg));
      case "confidentiality" ->
          review(context, draft.withConfidentiality(Confidentiality.valueOf(arg)));
      case "evidence-done" -> confidentiality(context, draft);
      case "submit" -> submit(context, draft);
      case "stop" -> {
        conversations.end(context.identity());
        yield context.replyWith("report.discarded");
      }
      default -> context.replyWith("button.expired");
    };
  }

  private List<Outgoing> links(ChatContext context, ReportDraft draft, String text) {
    List<String> links =
        Arrays.stream(text.split("\\s+")).filter(w -> w.matches("(?i)https?://\\S+")).toList();
    if (links.isEmpty()) {
      return context.replyWith("report.links-missing");
    }
    ReportDraft withLinks = draft.withLinks(links);
    Optional<SocialPlatform> plain = SocialPlatform.fromLinks(links);
    if (plain.isPresent()) {
      // the link says where it is: no need to ask
      return clause(context, withLinks.withPlatform(plain.get()), plain.get());
    }
    List<List<Button>> rows = new ArrayList<>();
    for (SocialPlatform p : SocialPlatform.values()) {
      rows.add(List.of(button(context, "report.platform." + p.name(), "platform", p.name())));
    }
    return step(context, withLinks, "platform", "report.ask-platform", rows);
  }

  /**
   * Asks for the provision; {@code seen} is the platform the link named, said back so the reporter
   * knows why they were not asked, or null when they picked it.
   */
  private List<Outgoing> clause(ChatContext context, ReportDraft draft, SocialPlatform seen) {
    List<List<Button>> rows = new ArrayList<>();
    for (PolicyClause c : PolicyClause.values()) {
      rows.add(List.of(button(context, "report.clause." + c.name(), "clause", c.name())));
    }
    conversations.begin(context.identity(), NAME, "clause", draft);
    rows.add(List.of(button(context, "report.button.discard", "stop")));
    String ask =
        seen == null
            ? context.text("report.ask-clause")
            : context.text(
                "report.ask-clause-seen", context.text("report.platform." + seen.name()));
    return context.reply(RichText.plain(ask), rows);
  }

  private List<Outgoing> subject(ChatContext context, ReportDraft draft) {
    return step(
        context,
        draft,
        "subject",
        "report.ask-subject",
        List.of(
            List.of(button(context, "report.button.colleague", "colleague")),
            List.of(button(context, "report.button.not-colleague", "unknown"))));
  }

  private List<Outgoing> colleagues(ChatContext context, ReportDraft draft, String name) {
    String me = context.actor().staffId();
    String wanted = name.strip().toLowerCase(Locale.ROOT);
    List<StaffMember> matches =
        staff.all().stream()
            .filter(m -> !m.id().equals(me))
            .filter(m -> m.name().toLowerCase(Locale.ROOT).contains(wanted))
            .limit(8)
            .toList();
    List<List<Button>> rows = new ArrayList<>();
    for (StaffMember m : matches) {
      rows.add(
          List.of(
              context
                  .buttons()
                  .create(
                      context.identity(), m.name(), ButtonAction.answer(NAME, "subject", m.id()))));
    }
    rows.add(List.of(button(context, "report.button.not-listed", "unknown")));
    return step(
        context,
        draft,
        "subject-name",
        matches.isEmpty() ? "report.no-colleague" : "report.pick-colleague",
        rows);
  }

  private List<Outgoing> describe(ChatContext context, ReportDraft draft) {
    Button form =
        context
            .buttons()
            .createForm(
                context.identity(),
                context.text("report.button.form"),
                new Button.Form(
                    context.text("report.form.title"),
                    context.text("report.form.label"),
                    context.text("report.form.placeholder"),
                    DESCRIPTION_FORM_LENGTH));
    return step(context, draft, "description", "report.ask-description", List.of(List.of(form)));
  }

  private List<Outgoing> evidence(ChatContext context, ReportDraft draft) {
    return step(
        context,
        draft,
        "evidence",
        "report.ask-evidence",
        List.of(List.of(button(context, "report.button.no-evidence", "evidence-done"))));
  }

  @Override
  public List<Outgoing> onAttachment(
      ChatContext context, Conversation conversation, Incoming.Attachment attachment) {
    ReportDraft draft = ReportDraft.of(conversation);
    if (!conversation.step().equals("evidence")) {
      return context.replyWith("report.evidence-not-now");
    }
    boolean unread =
        attachment == null || attachment.bytes() == null || attachment.bytes().length == 0;
    if (unread && attachment != null && attachment.size() > evidence.maxFile()) {
      // too big for the platform to hand over, or for the adapter to download
      return context.replyWith("report.evidence-refused.FILE_TOO_BIG");
    }
    if (unread) {
      return context.replyWith("report.evidence-unreadable");
    }
    EvidenceStore.Added added =
        evidence.add(
            draft.intakeKey(), attachment.fileName(), attachment.mediaType(), attachment.bytes());
    if (added.refusal() != null) {
      return context.replyWith("report.evidence-refused." + added.refusal());
    }
    int count = evidence.of(draft.intakeKey()).size();
    return context.reply(
        context.messages().plain("report.evidence-kept", count),
        List.of(List.of(button(context, "report.button.evidence-done", "evidence-done"))));
  }

  private List<Outgoing> confidentiality(ChatContext context, ReportDraft draft) {
    return step(
        context,
        draft,
        "confidentiality",
        "report.ask-confidentiality",
        List.of(
            List.of(
                button(context, "report.button.confidential", "confidentiality", "CONFIDENTIAL")),
            List.of(button(context, "report.button.anonymous", "confidentiality", "ANONYMOUS"))));
  }

  private List<Outgoing> review(ChatContext context, ReportDraft draft) {
    conversations.begin(context.identity(), NAME, "review", draft);
    String subject =
        draft.subjectId() != null
            ? staff.byId(draft.subjectId()).map(StaffMember::name).orElse(draft.subjectId())
            : draft.subjectText() == null
                ? context.text("report.subject-unknown")
                : draft.subjectText();
    RichText text =
        RichText.builder()
            .bold(context.text("report.review"))
            .newline()
            .plain(context.text("report.review.links", String.join(" ", draft.links())))
            .newline()
            .plain(
                context.text(
                    "report.review.platform", context.text("report.platform." + draft.platform())))
            .newline()
            .plain(
                context.text(
                    "report.review.clause", context.text("report.clause." + draft.clause())))
            .newline()
            .plain(context.text("report.review.subject", subject))
            .newline()
            .plain(context.text("report.review.description", draft.description()))
            .newline()
            .plain(context.text("report.review.evidence", evidence.of(draft.intakeKey()).size()))
            .newline()
            .plain(context.text("report.review.mode." + draft.confidentiality()))
            .build();
    return context.reply(
        text,
        List.of(
            List.of(button(context, "report.button.submit", "submit")),
            List.of(button(context, "report.button.discard", "stop"))));
  }

  private List<Outgoing> submit(ChatContext context, ReportDraft draft) {
    Report stored = desk.submit(context.actor(), draft, context.incoming().chat());
    // The draft ties this account to the case: it goes as soon as the receipt is delivered. Until
    // then a Submit handled again after a crash finds it, and the stored case, and sends the same
    // receipt; a later press finds nothing and is told the button has expired.
    conversations.endOnceDelivered(context.identity());
    if (stored.confidentiality() == Confidentiality.ANONYMOUS) {
      return context.replyWith(
          "report.receipt-anonymous", stored.id(), draft.receiptKey(), properties.responseTime());
    }
    return context.replyWith("report.receipt", stored.id(), properties.responseTime());
  }

  private List<Outgoing> step(
      ChatContext context, ReportDraft draft, String step, String askKey, List<List<Button>> rows) {
    conversations.begin(context.identity(), NAME, step, draft);
    List<List<Button>> all = new ArrayList<>(rows);
    all.add(List.of(button(context, "report.button.discard", "stop")));
    return context.reply(context.messages().plain(askKey), all);
  }

  static Button button(ChatContext context, String labelKey, String choice) {
    return button(context, labelKey, choice, "");
  }

  static Button button(ChatContext context, String labelKey, String choice, String value) {
    return context
        .buttons()
        .create(
            context.identity(), context.text(labelKey), ButtonAction.answer(NAME, choice, value));
  }
}
