package org.deptbot.core.tips;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.deptbot.core.reports.ReporterSeal;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A tip from a member of the public. Every change adds an event and bumps {@link #version()};
 * persistence stores it only if the version is still the one the change started from. The intent to
 * tell the tips desk or the tipster is part of the same document ({@code deskToNotify}, {@code
 * tipsterToNotify}), so a crash never loses a notification.
 *
 * <p>Anonymous by default: the chat that reaches the tipster is always sealed with the department's
 * key, and {@code contact} holds only what the tipster chose to give.
 *
 * @param id the tip number, such as {@code T-2026-000042}
 * @param intakeKey the tipster's intake, unique: sending the same intake twice stores one tip
 * @param noticeId the notice (tip solicitation) it answers, or null
 * @param photoId the photo sent with it in {@code tip_photos}, or null
 * @param receiptHash the SHA-256 of the receipt key the tipster was given (see {@link
 *     org.deptbot.core.reports.ReceiptKeys}): nothing on a tip is derived from its sender
 * @param tipsterChat how the bot reaches the tipster, always sealed
 * @param contact a phone number or e-mail the tipster volunteered, or null (anonymous)
 * @param danger what {@link DangerReader} read in the tip and what the tipster added since: an
 *     urgent tip is flagged on the desk's card and re-sent to the desk until someone acknowledges
 *     it (tips stored before this field read as {@link Danger#NONE})
 */
@Document("tips")
public record Tip(
    @Id String id,
    String intakeKey,
    String noticeId,
    String text,
    String photoId,
    String receiptHash,
    String tipsterChat,
    String contact,
    TipStatus status,
    List<TipEvent> events,
    int version,
    boolean deskToNotify,
    boolean tipsterToNotify,
    Instant submittedAt,
    Danger danger) {

  public Tip {
    danger = danger == null ? Danger.NONE : danger;
    events = List.copyOf(events);
    if (!ReporterSeal.isSealed(tipsterChat)) {
      throw new IllegalArgumentException("the tipster's chat is always sealed");
    }
    if (text == null || text.isBlank()) {
      throw new IllegalArgumentException("a tip says something");
    }
    contact = contact == null || contact.isBlank() ? null : contact.strip();
  }

  /** A tip just sent: new, with the desk to be told, flagged if it reads like danger now. */
  public static Tip submitted(
      String id,
      String intakeKey,
      String noticeId,
      String text,
      String photoId,
      String receiptHash,
      String sealedChat,
      String contact,
      Instant at) {
    return new Tip(
        id,
        intakeKey,
        noticeId,
        text,
        photoId,
        receiptHash,
        sealedChat,
        contact,
        TipStatus.NEW,
        List.of(new TipEvent(at, TipEvent.Kind.SUBMITTED, "tipster", "", false)),
        1,
        true,
        false,
        at,
        DangerReader.classify(text));
  }

  /**
   * Whether a change made since {@code sent} (an earlier version of this tip) owes the desk a new
   * card: the tipster added something. An acknowledgement, a question or a closing only redraws the
   * cards the desk already has.
   */
  public boolean owesDeskSince(Tip sent) {
    return eventsSince(sent).stream()
        .anyMatch(
            e ->
                e.kind() == TipEvent.Kind.TIPSTER_ADDED
                    || e.kind() == TipEvent.Kind.TIPSTER_ANSWERED);
  }

  /** Whether a change made since {@code sent} has something new to tell the tipster. */
  public boolean owesTipsterSince(Tip sent) {
    return eventsSince(sent).stream().anyMatch(TipEvent::forTipster);
  }

  private List<TipEvent> eventsSince(Tip sent) {
    return events.subList(Math.min(sent.events().size(), events.size()), events.size());
  }

  /** Whether the desk must see this tip at once, and again until someone acknowledges it. */
  public boolean urgent() {
    return danger.urgent();
  }

  public boolean anonymous() {
    return contact == null;
  }

  public Tip acknowledge(String by, Instant at) {
    requireIn(Set.of(TipStatus.NEW));
    return next(TipStatus.ACKNOWLEDGED, event(at, TipEvent.Kind.ACKNOWLEDGED, by, "", true), false);
  }

  /** A question for the tipster, relayed by the bot; the tipster stays anonymous. */
  public Tip askTipster(String by, String question, Instant at) {
    requireOpen();
    requireNote(question);
    return next(
        TipStatus.INFO_REQUESTED,
        event(at, TipEvent.Kind.QUESTION_ASKED, by, question, true),
        false);
  }

  /** The tipster answered a question, or added something on their own. */
  public Tip tipsterAdded(String text, Instant at) {
    requireOpen();
    requireNote(text);
    boolean answering = status == TipStatus.INFO_REQUESTED;
    TipEvent.Kind kind = answering ? TipEvent.Kind.TIPSTER_ANSWERED : TipEvent.Kind.TIPSTER_ADDED;
    return next(
            answering ? TipStatus.ACKNOWLEDGED : status,
            event(at, kind, "tipster", text.strip(), false),
            true)
        .flagged(DangerReader.classify(text));
  }

  public Tip close(String by, String note, Instant at) {
    requireOpen();
    return next(TipStatus.CLOSED, event(at, TipEvent.Kind.CLOSED, by, note, true), false);
  }

  private Tip flagged(Danger read) {
    return new Tip(
        id,
        intakeKey,
        noticeId,
        this.text,
        photoId,
        receiptHash,
        tipsterChat,
        contact,
        status,
        events,
        version,
        deskToNotify,
        tipsterToNotify,
        submittedAt,
        danger.or(read));
  }

  private static TipEvent event(
      Instant at, TipEvent.Kind kind, String by, String note, boolean forTipster) {
    return new TipEvent(at, kind, by, note, forTipster);
  }

  private Tip next(TipStatus status, TipEvent event, boolean notifyDesk) {
    List<TipEvent> all = new ArrayList<>(events);
    all.add(event);
    return new Tip(
        id,
        intakeKey,
        noticeId,
        text,
        photoId,
        receiptHash,
        tipsterChat,
        contact,
        status,
        all,
        version + 1,
        deskToNotify || notifyDesk,
        tipsterToNotify || event.forTipster(),
        submittedAt,
        danger);
  }

  private void requireOpen() {
    if (!status.open()) {
      throw new TipTransitionRefused(
          TipTransitionRefused.Reason.WRONG_STATE, id + " is " + status, id, status);
    }
  }

  private void requireIn(Set<TipStatus> allowed) {
    if (!allowed.contains(status)) {
      throw new TipTransitionRefused(
          TipTransitionRefused.Reason.WRONG_STATE, id + " is " + status, id, status);
    }
  }

  private static void requireNote(String note) {
    if (note == null || note.isBlank()) {
      throw new TipTransitionRefused(TipTransitionRefused.Reason.NOTE_NEEDED, "a note is needed");
    }
  }
}
