package org.deptbot.core.reports;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A violation report and the case it becomes. Every change adds an event and bumps {@link
 * #version()}; persistence stores it only if the version is still the one the change started from.
 * The intent to tell the handler or the reporter is part of the same document ({@code
 * handlerToNotify}, {@code reporterToNotify}), so a crash never loses a notification.
 *
 * @param id the case number, such as {@code R-2026-000042}
 * @param intakeKey the reporter's intake, unique: submitting the same intake twice stores one case
 * @param reporterId who reported it; null when anonymous
 * @param receiptHash for an anonymous report, the SHA-256 of the receipt key its reporter was given
 *     (see {@link ReceiptKeys}); null otherwise. Nothing else on an anonymous report is derived
 *     from its reporter, so two reports by one person cannot be tied together
 * @param reporterContact how the bot reaches the reporter: plain for a confidential report, sealed
 *     with the department's key for an anonymous one
 * @param subjectId the staff member the posting is about, if known and on the roster
 * @param subjectText who posted it, in the reporter's words, when not a staff member
 * @param allegations what the case decides, each closed with a finding; the first is made from the
 *     reported provision when the case is acknowledged. Cases stored before allegations existed
 *     read with none (closed ones keep their {@link #outcome()})
 * @param notes the handlers' notes (see {@link CaseNote}); none in cases stored before notes
 */
@Document("reports")
public record Report(
    @Id String id,
    String intakeKey,
    Confidentiality confidentiality,
    String reporterId,
    String receiptHash,
    String reporterContact,
    List<String> links,
    SocialPlatform platform,
    PolicyClause clause,
    String subjectId,
    String subjectText,
    String description,
    Route route,
    CaseStatus status,
    Outcome outcome,
    List<CaseEvent> events,
    int version,
    boolean handlerToNotify,
    boolean reporterToNotify,
    Instant submittedAt,
    List<Allegation> allegations,
    List<CaseNote> notes) {

  @PersistenceCreator
  public Report {
    links = List.copyOf(links);
    events = List.copyOf(events);
    allegations = allegations == null ? List.of() : List.copyOf(allegations);
    notes = notes == null ? List.of() : List.copyOf(notes);
    if (confidentiality == Confidentiality.ANONYMOUS && reporterId != null) {
      throw new IllegalArgumentException("an anonymous report does not name its reporter");
    }
    if (confidentiality != Confidentiality.ANONYMOUS && receiptHash != null) {
      throw new IllegalArgumentException("only an anonymous report is followed by receipt key");
    }
  }

  /** A case as it was before allegations and notes: with neither. */
  public Report(
      String id,
      String intakeKey,
      Confidentiality confidentiality,
      String reporterId,
      String receiptHash,
      String reporterContact,
      List<String> links,
      SocialPlatform platform,
      PolicyClause clause,
      String subjectId,
      String subjectText,
      String description,
      Route route,
      CaseStatus status,
      Outcome outcome,
      List<CaseEvent> events,
      int version,
      boolean handlerToNotify,
      boolean reporterToNotify,
      Instant submittedAt) {
    this(
        id,
        intakeKey,
        confidentiality,
        reporterId,
        receiptHash,
        reporterContact,
        links,
        platform,
        clause,
        subjectId,
        subjectText,
        description,
        route,
        status,
        outcome,
        events,
        version,
        handlerToNotify,
        reporterToNotify,
        submittedAt,
        List.of(),
        List.of());
  }

  public String handlerId() {
    return route.handlerId();
  }

  /** Whether {@code staffId} is the handler now or was one earlier. */
  public boolean handledBy(String staffId) {
    return staffId.equals(handlerId())
        || events.stream().anyMatch(e -> staffId.equals(e.handlerId()));
  }

  /**
   * The handler takes the case on. A case without allegations gets its first one here: the reported
   * provision, with the report's description as the statement.
   */
  public Report acknowledge(String by, Instant at) {
    requireHandler(by);
    requireIn(Set.of(CaseStatus.NEW, CaseStatus.ESCALATED));
    Report acknowledged =
        next(
            CaseStatus.ACKNOWLEDGED,
            event(at, CaseEvent.Kind.ACKNOWLEDGED, by, "", Shown.TO_REPORTER),
            route,
            outcome,
            Tell.REPORTER);
    if (!allegations.isEmpty() || clause == null) {
      return acknowledged;
    }
    String statement = description == null ? "" : description.strip();
    if (statement.length() > MAX_STATEMENT) {
      statement = statement.substring(0, MAX_STATEMENT - 1) + "…";
    }
    return acknowledged.with(
        List.of(Allegation.open(nextAllegationId(), clause, statement)), notes);
  }

  /** The longest statement an allegation keeps. */
  public static final int MAX_STATEMENT = 500;

  /** The allegation with this id (case-insensitive), if the case has it. */
  public java.util.Optional<Allegation> allegation(String allegationId) {
    return allegations.stream().filter(a -> a.id().equalsIgnoreCase(allegationId)).findFirst();
  }

  /** The allegations still waiting for a finding. */
  public List<Allegation> undecided() {
    return allegations.stream().filter(Allegation::undecided).toList();
  }

  /** One more allegation, by the handler, on an open case they acknowledged. */
  public Report addAllegation(String by, PolicyClause provision, String statement, Instant at) {
    requireHandler(by);
    requireIn(Set.of(CaseStatus.ACKNOWLEDGED, CaseStatus.INFO_REQUESTED));
    requireNote(statement);
    String text = statement.strip();
    if (text.length() > MAX_STATEMENT) {
      text = text.substring(0, MAX_STATEMENT - 1) + "…";
    }
    Allegation added = Allegation.open(nextAllegationId(), provision, text);
    List<Allegation> all = new ArrayList<>(allegations);
    all.add(added);
    return next(
            status,
            event(
                at,
                CaseEvent.Kind.ALLEGATION_ADDED,
                by,
                added.id() + " " + provision.provision(),
                Shown.TO_HANDLERS),
            route,
            outcome,
            Tell.NOBODY)
        .with(all, notes);
  }

  /**
   * The handler's finding on one allegation, with the action taken. When it was the last allegation
   * without a finding the case is resolved and the reporter told it is closed (never the action).
   *
   * @param finding a finding's code the caller checked against the department's findings
   */
  public Report recordFinding(
      String by, String allegationId, String finding, String action, Instant at) {
    requireHandler(by);
    requireIn(Set.of(CaseStatus.ACKNOWLEDGED, CaseStatus.INFO_REQUESTED));
    requireNote(action);
    if (finding == null || finding.isBlank()) {
      throw new CaseTransitionRefused(
          CaseTransitionRefused.Reason.UNKNOWN_FINDING, "no finding given", "");
    }
    Allegation open =
        allegation(allegationId)
            .filter(Allegation::undecided)
            .orElseThrow(
                () ->
                    new CaseTransitionRefused(
                        CaseTransitionRefused.Reason.ALLEGATION_DECIDED,
                        id + " has no open allegation " + allegationId,
                        id,
                        allegationId));
    List<Allegation> all = new ArrayList<>();
    for (Allegation a : allegations) {
      all.add(a == open ? a.decided(finding, action.strip(), by, at) : a);
    }
    Report decided =
        next(
                status,
                event(
                    at,
                    CaseEvent.Kind.FINDING_RECORDED,
                    by,
                    open.id() + " " + finding,
                    Shown.TO_HANDLERS),
                route,
                outcome,
                Tell.NOBODY)
            .with(all, notes);
    if (all.stream().anyMatch(Allegation::undecided)) {
      return decided;
    }
    return decided.next(
        CaseStatus.RESOLVED,
        decided.event(at, CaseEvent.Kind.CLOSED, by, "", Shown.TO_REPORTER),
        route,
        outcome,
        Tell.REPORTER);
  }

  /**
   * A handler's note, kept on the case for the handlers and internal affairs only (who may write
   * and read notes is {@link CaseAccess#maySeeNotes}'s to say). Adds no event: the history is seen
   * by more people than the notes.
   */
  public Report addNote(String by, String text, Instant at) {
    requireNote(text);
    List<CaseNote> all = new ArrayList<>(notes);
    all.add(new CaseNote("N" + (notes.size() + 1), at, by, text.strip()));
    return new Report(
        id,
        intakeKey,
        confidentiality,
        reporterId,
        receiptHash,
        reporterContact,
        links,
        platform,
        clause,
        subjectId,
        subjectText,
        description,
        route,
        status,
        outcome,
        events,
        version + 1,
        handlerToNotify,
        reporterToNotify,
        submittedAt,
        allegations,
        all);
  }

  /**
   * A closed case opened again, by someone allowed to (checked by the caller), with a reason: it is
   * acknowledged again and handled by {@code by}; each allegation waits for a new finding, and the
   * earlier findings stay in the case's history. The reporter is told it is open again, without the
   * reason.
   */
  public Report reopen(String by, String reason, Instant at) {
    if (status.open()) {
      throw new CaseTransitionRefused(
          CaseTransitionRefused.Reason.WRONG_STATE, id + " is " + status, id, status);
    }
    requireNote(reason);
    Route to =
        by.equals(handlerId())
            ? route
            : new Route(by, Route.Reason.ASSIGNED, List.of(handlerId(), by));
    CaseEvent e =
        new CaseEvent(at, CaseEvent.Kind.REOPENED, by, to.handlerId(), reason.strip(), true);
    return next(CaseStatus.ACKNOWLEDGED, e, to, null, Tell.REPORTER)
        .with(allegations.stream().map(Allegation::reopened).toList(), notes);
  }

  private String nextAllegationId() {
    return "A" + (allegations.size() + 1);
  }

  /** The same case with these allegations and notes; version and events as they are. */
  private Report with(List<Allegation> allegations, List<CaseNote> notes) {
    return new Report(
        id,
        intakeKey,
        confidentiality,
        reporterId,
        receiptHash,
        reporterContact,
        links,
        platform,
        clause,
        subjectId,
        subjectText,
        description,
        route,
        status,
        outcome,
        events,
        version,
        handlerToNotify,
        reporterToNotify,
        submittedAt,
        allegations,
        notes);
  }

  /**
   * The finding the old free outcome stands for, so a case closed with one has a finding on every
   * allegation: no violation is exonerated, other is not sustained, every action taken sustained.
   */
  public static String findingOf(Outcome outcome) {
    return switch (outcome) {
      case NO_VIOLATION -> Findings.EXONERATED;
      case OTHER -> Findings.NOT_SUSTAINED;
      case COUNSELING, REFERRED_FOR_DISCIPLINE, TAKEDOWN_REQUESTED -> Findings.SUSTAINED;
    };
  }

  /** A question for the reporter, relayed by the bot (an anonymous reporter stays anonymous). */
  public Report askReporter(String by, String question, Instant at) {
    requireHandler(by);
    requireOpen();
    requireNote(question);
    return next(
        CaseStatus.INFO_REQUESTED,
        event(at, CaseEvent.Kind.QUESTION_ASKED, by, question, Shown.TO_REPORTER),
        route,
        outcome,
        Tell.REPORTER);
  }

  /** The reporter answered a question, or added something on their own. */
  public Report reporterAdded(String text, Instant at) {
    requireOpen();
    requireNote(text);
    CaseStatus next = status == CaseStatus.INFO_REQUESTED ? CaseStatus.ACKNOWLEDGED : status;
    CaseEvent.Kind kind =
        status == CaseStatus.INFO_REQUESTED
            ? CaseEvent.Kind.REPORTER_ANSWERED
            : CaseEvent.Kind.REPORTER_ADDED;
    return next(
        next, event(at, kind, "reporter", text, Shown.TO_HANDLERS), route, outcome, Tell.HANDLER);
  }

  /** To another handler: one level up, or whoever it is assigned to. */
  public Report reroute(String by, Route to, CaseEvent.Kind kind, String note, Instant at) {
    if (!"system".equals(by)) {
      requireHandler(by);
    }
    requireOpen();
    CaseEvent e = new CaseEvent(at, kind, by, to.handlerId(), note == null ? "" : note, false);
    return next(CaseStatus.ESCALATED, e, to, outcome, Tell.HANDLER);
  }

  /**
   * The provisions the report cites. The intake asks for one today; deadlines are decided over all
   * of them (see {@link CaseUrgency#deadline(java.util.Collection)}).
   */
  public List<PolicyClause> provisions() {
    return clause == null ? List.of() : List.of(clause);
  }

  /** When the current handler received it: the submission, or the latest re-routing. */
  public Instant routedAt() {
    return events.stream()
        .filter(
            e ->
                e.kind() == CaseEvent.Kind.SUBMITTED
                    || e.kind() == CaseEvent.Kind.ESCALATED
                    || e.kind() == CaseEvent.Kind.ASSIGNED)
        .map(CaseEvent::at)
        .reduce((a, b) -> b)
        .orElse(submittedAt);
  }

  /** Whether the current handler was already reminded to acknowledge it. */
  public boolean remindedSinceRouted() {
    Instant routed = routedAt();
    return events.stream()
        .anyMatch(e -> e.kind() == CaseEvent.Kind.REMINDED && !e.at().isBefore(routed));
  }

  /** Reminds the handler that the case waits for acknowledgement; the case card is sent again. */
  public Report remind(Instant at) {
    requireIn(Set.of(CaseStatus.NEW, CaseStatus.ESCALATED));
    return next(
        status,
        event(at, CaseEvent.Kind.REMINDED, "system", "", Shown.TO_HANDLERS),
        route,
        outcome,
        Tell.HANDLER);
  }

  /**
   * Notes that every chat of the handler refused the case card and no one else may take the case:
   * it stays with them, and the console says so until it moves or is acknowledged. No one is owed
   * anything new for it.
   */
  public Report handlerUnreachable(String reason, Instant at) {
    requireOpen();
    return next(
        status,
        event(at, CaseEvent.Kind.UNREACHABLE, "system", reason, Shown.TO_HANDLERS),
        route,
        outcome,
        Tell.NOBODY);
  }

  /**
   * Whether the current handler could not be reached in chat since the case came to them, and has
   * not acknowledged it.
   */
  public boolean unreachableSinceRouted() {
    if (status != CaseStatus.NEW && status != CaseStatus.ESCALATED) {
      return false;
    }
    Instant routed = routedAt();
    return events.stream()
        .anyMatch(e -> e.kind() == CaseEvent.Kind.UNREACHABLE && !e.at().isBefore(routed));
  }

  /**
   * Closes the case with a free outcome, as cases were closed before findings. Kept for the API and
   * for cases without allegations; an allegation still without a finding gets the one the outcome
   * stands for ({@link #findingOf}), with the outcome as the action taken.
   */
  public Report resolve(String by, Outcome how, String note, Instant at) {
    requireHandler(by);
    requireOpen();
    List<Allegation> decided =
        allegations.stream()
            .map(a -> a.undecided() ? a.decided(findingOf(how), how.name(), by, at) : a)
            .toList();
    return next(
            CaseStatus.RESOLVED,
            event(at, CaseEvent.Kind.RESOLVED, by, note, Shown.TO_REPORTER),
            route,
            how,
            Tell.REPORTER)
        .with(decided, notes);
  }

  public Report dismiss(String by, String reason, Instant at) {
    requireHandler(by);
    requireOpen();
    requireNote(reason);
    return next(
        CaseStatus.DISMISSED,
        event(at, CaseEvent.Kind.DISMISSED, by, reason, Shown.TO_REPORTER),
        route,
        outcome,
        Tell.REPORTER);
  }

  /** Who a change is news for: the handler (the case came to them), the reporter, or no one. */
  private enum Tell {
    HANDLER,
    REPORTER,
    NOBODY
  }

  /**
   * Whether the reporter hears of an event (a change of status, a question) or only the handlers
   * see it (a reminder, what the reporter added themselves).
   */
  private enum Shown {
    TO_REPORTER,
    TO_HANDLERS
  }

  private CaseEvent event(Instant at, CaseEvent.Kind kind, String by, String note, Shown shown) {
    return new CaseEvent(
        at, kind, by, handlerId(), note == null ? "" : note, shown == Shown.TO_REPORTER);
  }

  private Report next(CaseStatus status, CaseEvent event, Route route, Outcome outcome, Tell tell) {
    List<CaseEvent> all = new ArrayList<>(events);
    all.add(event);
    return new Report(
        id,
        intakeKey,
        confidentiality,
        reporterId,
        receiptHash,
        reporterContact,
        links,
        platform,
        clause,
        subjectId,
        subjectText,
        description,
        route,
        status,
        outcome,
        all,
        version + 1,
        handlerToNotify || tell == Tell.HANDLER,
        reporterToNotify || tell == Tell.REPORTER,
        submittedAt,
        allegations,
        notes);
  }

  private void requireHandler(String by) {
    if (!by.equals(handlerId())) {
      throw new CaseTransitionRefused(
          CaseTransitionRefused.Reason.NOT_THE_HANDLER, by + " does not handle " + id, id);
    }
  }

  private void requireOpen() {
    if (!status.open()) {
      throw new CaseTransitionRefused(
          CaseTransitionRefused.Reason.WRONG_STATE, id + " is " + status, id, status);
    }
  }

  private void requireIn(Set<CaseStatus> allowed) {
    if (!allowed.contains(status)) {
      throw new CaseTransitionRefused(
          CaseTransitionRefused.Reason.WRONG_STATE, id + " is " + status, id, status);
    }
  }

  private static void requireNote(String note) {
    if (note == null || note.isBlank()) {
      throw new CaseTransitionRefused(CaseTransitionRefused.Reason.NOTE_NEEDED, "a note is needed");
    }
  }
}
