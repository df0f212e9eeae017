package org.deptbot.bot.reports;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;
import org.deptbot.bot.chat.Button;
import org.deptbot.bot.chat.ButtonActions;
import org.deptbot.bot.chat.Messages;
import org.deptbot.bot.chat.RichText;
import org.deptbot.core.reports.Allegation;
import org.deptbot.core.reports.CaseEvent;
import org.deptbot.core.reports.CaseStatus;
import org.deptbot.core.reports.CaseUrgency;
import org.deptbot.core.reports.Confidentiality;
import org.deptbot.core.reports.Findings;
import org.deptbot.core.reports.Report;
import org.deptbot.core.reports.Route;
import org.deptbot.core.staff.ChatIdentity;
import org.deptbot.core.staff.StaffMember;
import org.deptbot.core.staff.StaffMembers;
import org.deptbot.core.templates.TimeShown;

/**
 * A case as a handler sees it: what was reported, by whom (never for an anonymous report), why it
 * came to them, its history, and the actions. Also the short updates a reporter gets, which say
 * what changed but not what handlers discussed.
 */
class CaseCards {

  private final StaffMembers staff;
  private final Messages messages;
  private final Clock clock;
  private final EvidenceViewer evidence;
  private final Supplier<CaseUrgency> urgency;
  private final TimeShown times;
  private final Findings findings;

  CaseCards(
      StaffMembers staff,
      Messages messages,
      Clock clock,
      EvidenceViewer evidence,
      Supplier<CaseUrgency> urgency,
      TimeShown times,
      Findings findings) {
    this.findings = findings;
    this.urgency = urgency;
    this.times = times;
    this.evidence = evidence;
    this.staff = staff;
    this.messages = messages;
    this.clock = clock;
  }

  RichText card(Report r) {
    RichText.Builder text = RichText.builder();
    urgentLine(r, urgency.get()).ifPresent(line -> text.bold(line).newline());
    text.bold(messages.get("case.card.heading", r.id(), status(r), age(r)))
        .newline()
        .plain(messages.get("case.card.handler", name(r.handlerId())))
        .newline()
        .plain(messages.get("case.card.clause", messages.get("report.clause." + r.clause())))
        .newline()
        .plain(
            messages.get(
                "case.card.where",
                messages.get("report.platform." + r.platform()),
                String.join(" ", r.links())))
        .newline()
        .plain(messages.get("case.card.subject", subject(r)))
        .newline()
        .plain(messages.get("case.card.description", r.description()))
        .newline()
        .plain(messages.get("case.card.evidence", evidence.count(r)))
        .newline()
        .plain(
            r.confidentiality() == Confidentiality.ANONYMOUS
                ? messages.get("case.card.anonymous")
                : messages.get("case.card.reporter", name(r.reporterId())))
        .newline()
        .italic(routing(r.route()));
    for (Allegation a : r.allegations()) {
      text.newline().plain(allegationLine(a));
    }
    List<CaseEvent> events = r.events();
    for (CaseEvent e : events.subList(Math.max(1, events.size() - 5), events.size())) {
      text.newline()
          .plain(
              messages.get(
                  eventKey(e),
                  "reporter".equals(e.by()) ? messages.get("case.the-reporter") : name(e.by()),
                  e.note(),
                  name(e.handlerId())));
    }
    return text.build();
  }

  /** "A1 (V.A.4.a) Posted a photo in uniform. Finding: Sustained" or "… No finding yet". */
  String allegationLine(Allegation a) {
    String statement = a.statement().isBlank() ? "" : " " + a.statement();
    return a.undecided()
        ? messages.get("case.card.allegation-open", a.id(), a.clause().provision(), statement)
        : messages.get(
            "case.card.allegation-decided",
            a.id(),
            a.clause().provision(),
            statement,
            findingLabel(a.finding()));
  }

  /** The finding's name in the bot's language; its code if the department no longer has it. */
  String findingLabel(String code) {
    return findings.byCode(code).map(f -> f.label(messages.locale().getLanguage())).orElse(code);
  }

  /** The department's findings, most serious first. */
  List<Findings.Finding> findings() {
    return findings.all();
  }

  /** A hand-over with a reason shows the reason; the others read the same either way. */
  private static String eventKey(CaseEvent e) {
    boolean handOver = e.kind() == CaseEvent.Kind.ESCALATED || e.kind() == CaseEvent.Kind.ASSIGNED;
    return "case.event." + e.kind() + (handOver && !e.note().isBlank() ? ".reason" : "");
  }

  /**
   * The handler's actions, as buttons; closed cases have none. An acknowledged case is decided by a
   * finding on each allegation; "Resolve" with a free outcome stays only for an acknowledged case
   * stored before allegations, which has none.
   */
  List<List<Button>> actions(Report r, ButtonActions buttons, ChatIdentity handler) {
    if (!r.status().open()) {
      return List.of();
    }
    boolean waitsForAck = r.status() == CaseStatus.NEW || r.status() == CaseStatus.ESCALATED;
    List<List<Button>> rows = new java.util.ArrayList<>();
    rows.add(
        waitsForAck
            ? List.of(action(r, buttons, handler, "ack"), action(r, buttons, handler, "ask"))
            : List.of(action(r, buttons, handler, "ask")));
    rows.add(
        List.of(
            action(r, buttons, handler, "assign"),
            action(r, buttons, handler, "escalate"),
            action(r, buttons, handler, "files")));
    if (!waitsForAck && !r.allegations().isEmpty()) {
      rows.add(
          List.of(
              action(r, buttons, handler, "finding"), action(r, buttons, handler, "allegation")));
    }
    rows.add(List.of(action(r, buttons, handler, "note"), action(r, buttons, handler, "notes")));
    rows.add(
        !waitsForAck && r.allegations().isEmpty()
            ? List.of(
                action(r, buttons, handler, "resolve"), action(r, buttons, handler, "dismiss"))
            : List.of(action(r, buttons, handler, "dismiss")));
    return rows;
  }

  /**
   * What someone who sees the case but does not handle it now may press: the notes, for a past
   * handler and internal affairs; "Re-open" on a closed case, for whoever may re-open it.
   */
  List<List<Button>> viewerActions(
      Report r, ButtonActions buttons, ChatIdentity viewer, boolean notes, boolean reopen) {
    List<Button> row = new java.util.ArrayList<>();
    if (notes) {
      row.add(action(r, buttons, viewer, "note"));
      row.add(action(r, buttons, viewer, "notes"));
    }
    if (reopen && !r.status().open()) {
      row.add(action(r, buttons, viewer, "reopen"));
    }
    return row.isEmpty() ? List.of() : List.of(List.copyOf(row));
  }

  private Button action(Report r, ButtonActions buttons, ChatIdentity handler, String what) {
    return buttons.create(
        handler, messages.get("case.button." + what), CaseActionCommand.press(r.id(), what));
  }

  /** What the reporter is told of the latest change meant for them. */
  RichText forReporter(Report r) {
    CaseEvent last =
        r.events().stream().filter(CaseEvent::forReporter).reduce((a, b) -> b).orElseThrow();
    String key = "case.reporter." + last.kind();
    RichText.Builder text = RichText.builder().plain(messages.get(key, r.id(), last.note()));
    if (last.kind() == CaseEvent.Kind.CLOSED && findings.tellReporterFinding()) {
      // the finding in plain words, per allegation; never the action taken
      String language = messages.locale().getLanguage();
      for (Allegation a : r.allegations()) {
        String finding =
            findings
                .byCode(a.finding())
                .map(f -> f.label(language) + ": " + f.meaning(language))
                .orElse(a.finding());
        text.newline()
            .plain(
                messages.get(
                    "case.reporter-finding", messages.get("report.clause." + a.clause()), finding));
      }
    }
    return text.build();
  }

  /** The provisions' own deadlines, as stored now: read once for a list of cases. */
  CaseUrgency urgency() {
    return urgency.get();
  }

  /**
   * For a case citing a provision with its own deadline: "Urgent: acknowledge by 14:05 CST" while
   * it waits for its handler to acknowledge it, "Urgent" after; empty for any other case.
   */
  Optional<String> urgentLine(Report r, CaseUrgency urgency) {
    if (!r.status().open()) {
      return Optional.empty();
    }
    return urgency
        .acknowledgeBy(r)
        .map(
            by ->
                waitsForAck(r)
                    ? messages.get("case.card.urgent", times.deadline(by))
                    : messages.get("case.card.urgent-acknowledged"));
  }

  private static boolean waitsForAck(Report r) {
    return r.status() == CaseStatus.NEW || r.status() == CaseStatus.ESCALATED;
  }

  /** A moment that stays on screen, with the department's zone. */
  String stamp(java.time.Instant at) {
    return times.stamp(at);
  }

  String status(Report r) {
    return messages.get("case.status." + r.status());
  }

  String age(Report r) {
    Duration age = Duration.between(r.submittedAt(), clock.instant());
    return age.toHours() >= 24
        ? messages.get("case.age.days", age.toDays())
        : age.toMinutes() >= 60
            ? messages.get("case.age.hours", age.toHours())
            : messages.get("case.age.minutes", Math.max(0, age.toMinutes()));
  }

  private String subject(Report r) {
    if (r.subjectId() != null) {
      return name(r.subjectId());
    }
    return r.subjectText() == null ? messages.get("report.subject-unknown") : r.subjectText();
  }

  private String routing(Route route) {
    Object[] names = route.arguments().stream().map(this::name).toArray();
    return messages.get("case.route." + route.reason(), names);
  }

  String name(String staffId) {
    if (staffId == null) {
      return "";
    }
    return staff.byId(staffId).map(StaffMember::name).orElse(staffId.toLowerCase(Locale.ROOT));
  }
}
