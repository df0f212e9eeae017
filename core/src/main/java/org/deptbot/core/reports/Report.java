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

  public Report acknowledge(String by, Instant at) {
    requireHandler(by);
    requireIn(Set.of(CaseStatus.NEW, CaseStatus.ESCALATED));
    return next(
        CaseStatus.ACKNOWLEDGED,
        event(at, CaseEvent.Kind.ACKNOWLEDGED, by, "", Shown.TO_REPORTER),
        route,
        outcome,
        Tell.REPORTER);
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

  public Report resolve(String by, Outcome how, String note, Instant at) {
    requireHandler(by);
    requireOpen();
    return next(
        CaseStatus.RESOLVED,
        event(at, CaseEvent.Kind.RESOLVED, by, note, Shown.TO_REPORTER),
        route,
        how,
        Tell.REPORTER);
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
