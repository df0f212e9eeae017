package org.deptbot.bot.notices;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.bson.Document;
import org.deptbot.bot.chat.Conversation;
import org.deptbot.bot.chat.FlowDraft;
import org.deptbot.core.notices.NoticeDesk;
import org.deptbot.core.notices.NoticeMode;
import org.deptbot.core.templates.BlankValues;
import org.deptbot.core.templates.TemplateVariable;
import org.deptbot.core.templates.TimeDirection;
import org.deptbot.core.templates.VariableCheck;

/**
 * A notice being put together in a conversation, kept in it so it survives a restart. An update or
 * a cancellation is a draft too, naming the notice it changes. Stored as the conversation's typed
 * {@code draft} ({@code v: 1, kind: "notice"}); a conversation stored before drafts were typed is
 * read from its string map ({@link #of}).
 *
 * @param kind an issue or an update
 * @param templateId the template's version
 * @param noticeId the notice an update changes; null for an issue
 * @param basedOn the revision an update started from; null for an issue, or for an update kept from
 *     before it was noted
 * @param draftId fixed when the draft starts, so pressing Confirm twice cannot issue two notices
 * @param answers each blank answered so far, in the order answered; a blank's own value in a
 *     further language (a time worded in it, a text given in it too) under {@code name@language}
 * @param asking the blank being asked now ({@code name@language}: its value in that language); null
 *     when none is
 * @param note an update's note ("" for none)
 * @param warningsAcknowledged whether the guardrails' warnings were acknowledged
 * @param mode live or exercise
 * @param targets the channels picked (ids)
 * @param zones the zones picked (ids); empty means the whole area
 * @param everyBlankAsked every blank is asked, optional ones too (with Skip)
 * @param goesOutAt when it is to go out if later; null: as soon as it is confirmed
 * @param changesScheduled whether it changes a notice still waiting for its time
 */
record NoticeDraft(
    Kind kind,
    String templateId,
    String noticeId,
    Integer basedOn,
    String draftId,
    Map<String, Answer> answers,
    String asking,
    String note,
    boolean warningsAcknowledged,
    NoticeMode mode,
    List<String> targets,
    List<String> zones,
    boolean everyBlankAsked,
    Instant goesOutAt,
    boolean changesScheduled)
    implements FlowDraft {

  enum Kind {
    ISSUE,
    UPDATE
  }

  /**
   * A blank's answer; {@code until}, for a date-time that looks ahead, the moment it was read as:
   * the notice is kept up at least until then.
   */
  record Answer(String value, Instant until) {}

  static final String KIND = "notice";
  static final int VERSION = 1;

  NoticeDraft {
    answers = Collections.unmodifiableMap(new LinkedHashMap<>(answers));
    note = note == null ? "" : note;
    mode = mode == null ? NoticeMode.LIVE : mode;
    targets = List.copyOf(targets);
    zones = List.copyOf(zones);
  }

  static NoticeDraft issue(String templateId, List<String> targets, Map<String, String> values) {
    return new NoticeDraft(
        Kind.ISSUE,
        templateId,
        null,
        null,
        UUID.randomUUID().toString(),
        answersOf(values),
        null,
        "",
        false,
        NoticeMode.LIVE,
        targets,
        List.of(),
        false,
        null,
        false);
  }

  static NoticeDraft update(
      String noticeId, int basedOn, String templateId, Map<String, String> values) {
    return new NoticeDraft(
        Kind.UPDATE,
        templateId,
        noticeId,
        basedOn,
        UUID.randomUUID().toString(),
        answersOf(values),
        null,
        "",
        false,
        NoticeMode.LIVE,
        List.of(),
        List.of(),
        false,
        null,
        false);
  }

  private static Map<String, Answer> answersOf(Map<String, String> values) {
    Map<String, Answer> answers = new LinkedHashMap<>();
    values.forEach((name, value) -> answers.put(name, new Answer(value, null)));
    return answers;
  }

  /** What confirming this issue draft asks of the desk: at once, or at the time it names. */
  NoticeDesk.Issue asIssue() {
    return new NoticeDesk.Issue(
        draftId, templateId, values(), targets, mode, lastsUntil().orElse(null), zones, goesOutAt);
  }

  /**
   * What confirming this update draft asks of the desk: based on the revision the update started
   * from, so a change someone else stored meanwhile is not overwritten. For a notice still waiting
   * for its time, its time (none: at once); for a posted one, none.
   */
  NoticeDesk.Update asUpdate() {
    return new NoticeDesk.Update(
        noticeId,
        basedOn,
        values(),
        note,
        lastsUntil().orElse(null),
        changesScheduled ? goesOutAt : null);
  }

  /** The value of each blank answered so far. */
  Map<String, String> values() {
    Map<String, String> values = new LinkedHashMap<>();
    answers.forEach((name, answer) -> values.put(name, answer.value()));
    return values;
  }

  boolean has(String name) {
    return answers.containsKey(name);
  }

  NoticeDraft withValue(String name, String value) {
    return withValue(name, value, null);
  }

  /**
   * The value of a blank; for a date-time blank that looks ahead, with the moment it was read as:
   * the notice is kept up at least until then. Answering clears the question and the warnings'
   * acknowledgement.
   */
  NoticeDraft withValue(String name, String value, Instant until) {
    Map<String, Answer> next = new LinkedHashMap<>(answers);
    if (name != null) { // null: a Skip or Keep pressed when no blank is asked any more
      Answer before = next.get(name);
      if (before == null || !java.util.Objects.equals(before.value(), value)) {
        // a new answer: what was given for the old one in further languages goes with it
        next.keySet()
            .removeIf(k -> BlankValues.inOneLanguage(k) && BlankValues.blankOf(k).equals(name));
      }
      next.put(name, new Answer(value, until));
    }
    return new NoticeDraft(
        kind,
        templateId,
        noticeId,
        basedOn,
        draftId,
        next,
        null,
        note,
        false,
        mode,
        targets,
        zones,
        everyBlankAsked,
        goesOutAt,
        changesScheduled);
  }

  /**
   * A checked value of blank {@code v}, with {@code entries} its values in further languages (see
   * {@link org.deptbot.core.templates.VariableRules#entries}: a time worded in each); a time still
   * to come also keeps the notice up until it.
   */
  NoticeDraft withChecked(
      TemplateVariable v, VariableCheck.Valid valid, Map<String, String> entries) {
    boolean ahead = v.when() == TimeDirection.FUTURE;
    NoticeDraft next = withValue(v.name(), valid.value(), ahead ? valid.at() : null);
    Map<String, Answer> more = new LinkedHashMap<>(next.answers);
    entries.forEach(
        (key, value) -> {
          if (BlankValues.inOneLanguage(key)) {
            more.put(key, new Answer(value, null));
          }
        });
    return next.withAnswers(more);
  }

  /**
   * Blank {@code name}'s own value in {@code language}, given by the issuer: only that language's
   * post reads it. Clears the question and, as any answer does, the warnings' acknowledgement (the
   * new words may bring a warning of their own).
   */
  NoticeDraft withValueIn(String name, String language, String value) {
    Map<String, Answer> more = new LinkedHashMap<>(answers);
    more.put(BlankValues.key(name, language), new Answer(value, null));
    return new NoticeDraft(
        kind,
        templateId,
        noticeId,
        basedOn,
        draftId,
        more,
        null,
        note,
        false,
        mode,
        targets,
        zones,
        everyBlankAsked,
        goesOutAt,
        changesScheduled);
  }

  private NoticeDraft withAnswers(Map<String, Answer> next) {
    return new NoticeDraft(
        kind,
        templateId,
        noticeId,
        basedOn,
        draftId,
        next,
        asking,
        note,
        warningsAcknowledged,
        mode,
        targets,
        zones,
        everyBlankAsked,
        goesOutAt,
        changesScheduled);
  }

  /** The latest time still to come among the blanks, if any: the notice lasts at least until it. */
  Optional<Instant> lastsUntil() {
    return answers.values().stream()
        .map(Answer::until)
        .filter(java.util.Objects::nonNull)
        .max(Instant::compareTo);
  }

  NoticeDraft asking(String name) {
    return new NoticeDraft(
        kind,
        templateId,
        noticeId,
        basedOn,
        draftId,
        answers,
        name,
        note,
        warningsAcknowledged,
        mode,
        targets,
        zones,
        everyBlankAsked,
        goesOutAt,
        changesScheduled);
  }

  NoticeDraft withNote(String note) {
    return new NoticeDraft(
        kind,
        templateId,
        noticeId,
        basedOn,
        draftId,
        answers,
        null,
        note,
        warningsAcknowledged,
        mode,
        targets,
        zones,
        everyBlankAsked,
        goesOutAt,
        changesScheduled);
  }

  /**
   * Every blank is asked, optional ones too (with Skip); the quick form asks only what is missing.
   */
  NoticeDraft guided() {
    return new NoticeDraft(
        kind,
        templateId,
        noticeId,
        basedOn,
        draftId,
        answers,
        asking,
        note,
        warningsAcknowledged,
        mode,
        targets,
        zones,
        true,
        goesOutAt,
        changesScheduled);
  }

  boolean isGuided() {
    return everyBlankAsked;
  }

  /** Done asking: on to the preview. */
  NoticeDraft previewing() {
    return asking(null);
  }

  /** When it is to go out, if at a later time; empty: as soon as it is confirmed. */
  Optional<Instant> sendAt() {
    return Optional.ofNullable(goesOutAt);
  }

  /** To go out at {@code at} instead of at once ({@code null}: as soon as it is confirmed). */
  NoticeDraft sendingAt(Instant at) {
    return new NoticeDraft(
        kind,
        templateId,
        noticeId,
        basedOn,
        draftId,
        answers,
        asking,
        note,
        warningsAcknowledged,
        mode,
        targets,
        zones,
        everyBlankAsked,
        at,
        changesScheduled);
  }

  /** To go out as soon as it is confirmed. */
  NoticeDraft sendingNow() {
    return sendingAt(null);
  }

  /** An update of a scheduled notice: its time can still be changed, or made "now". */
  NoticeDraft ofScheduled(Instant sendAt) {
    return new NoticeDraft(
        kind,
        templateId,
        noticeId,
        basedOn,
        draftId,
        answers,
        asking,
        note,
        warningsAcknowledged,
        mode,
        targets,
        zones,
        everyBlankAsked,
        sendAt,
        true);
  }

  NoticeDraft acknowledged() {
    return new NoticeDraft(
        kind,
        templateId,
        noticeId,
        basedOn,
        draftId,
        answers,
        asking,
        note,
        true,
        mode,
        targets,
        zones,
        everyBlankAsked,
        goesOutAt,
        changesScheduled);
  }

  NoticeDraft withMode(NoticeMode mode) {
    return new NoticeDraft(
        kind,
        templateId,
        noticeId,
        basedOn,
        draftId,
        answers,
        asking,
        note,
        warningsAcknowledged,
        mode,
        targets,
        zones,
        everyBlankAsked,
        goesOutAt,
        changesScheduled);
  }

  NoticeDraft withZones(List<String> zoneIds) {
    return new NoticeDraft(
        kind,
        templateId,
        noticeId,
        basedOn,
        draftId,
        answers,
        asking,
        note,
        warningsAcknowledged,
        mode,
        targets,
        zoneIds,
        everyBlankAsked,
        goesOutAt,
        changesScheduled);
  }

  NoticeDraft zoneToggled(String zoneId) {
    return withZones(toggle(zones, zoneId));
  }

  NoticeDraft toggled(String channelId) {
    return new NoticeDraft(
        kind,
        templateId,
        noticeId,
        basedOn,
        draftId,
        answers,
        asking,
        note,
        warningsAcknowledged,
        mode,
        toggle(targets, channelId),
        zones,
        everyBlankAsked,
        goesOutAt,
        changesScheduled);
  }

  private static List<String> toggle(List<String> ids, String id) {
    List<String> next = new ArrayList<>(ids);
    if (!next.remove(id)) {
      next.add(id);
    }
    return next;
  }

  @Override
  public Document toDocument() {
    List<Document> answered = new ArrayList<>();
    answers.forEach(
        (name, answer) ->
            answered.add(
                new Document("blank", name)
                    .append("value", answer.value())
                    .append("until", date(answer.until()))));
    return new Document("v", VERSION)
        .append("kind", KIND)
        .append("action", kind.name())
        .append("template", templateId)
        .append("notice", noticeId)
        .append("basedOn", basedOn)
        .append("draftId", draftId)
        .append("answers", answered)
        .append("asking", asking)
        .append("note", note.isEmpty() ? null : note)
        .append("warningsAcknowledged", warningsAcknowledged)
        .append("mode", mode.name())
        .append("targets", targets)
        .append("zones", zones)
        .append("everyBlankAsked", everyBlankAsked)
        .append("sendAt", date(goesOutAt))
        .append("changesScheduled", changesScheduled);
  }

  /**
   * The draft a notice conversation holds: its typed {@code draft}, or, for one stored before
   * drafts were typed, the string map it kept then.
   *
   * @throws IllegalArgumentException when the stored draft is not a notice draft this bot can read
   *     (a later version, another kind); the message says which, never what it held
   */
  static NoticeDraft of(Conversation conversation) {
    Document stored = conversation.draft();
    return stored == null ? fromStringMap(conversation.data()) : fromDocument(stored);
  }

  static NoticeDraft fromDocument(Document d) {
    Object version = d.get("v");
    if (!(version instanceof Number n) || n.intValue() != VERSION || !KIND.equals(d.get("kind"))) {
      throw new IllegalArgumentException(
          "not a notice draft of version " + VERSION + ": " + d.get("kind") + " v" + version);
    }
    Map<String, Answer> answers = new LinkedHashMap<>();
    for (Document a : d.getList("answers", Document.class, List.of())) {
      answers.put(a.getString("blank"), new Answer(a.getString("value"), instant(a, "until")));
    }
    Number based = d.get("basedOn", Number.class);
    return new NoticeDraft(
        Kind.valueOf(d.getString("action")),
        d.getString("template"),
        d.getString("notice"),
        based == null ? null : based.intValue(),
        d.getString("draftId"),
        answers,
        d.getString("asking"),
        d.getString("note"),
        d.getBoolean("warningsAcknowledged", false),
        NoticeMode.valueOf(d.getString("mode")),
        d.getList("targets", String.class, List.of()),
        d.getList("zones", String.class, List.of()),
        d.getBoolean("everyBlankAsked", false),
        instant(d, "sendAt"),
        d.getBoolean("changesScheduled", false));
  }

  private static final String OLD_VALUE = "v-"; // a blank's value in the old string map
  private static final String OLD_UNTIL = "t-"; // a date-time still to come, as an instant

  /** A draft as stored before drafts were typed: every field a string in the conversation's map. */
  static NoticeDraft fromStringMap(Map<String, String> data) {
    Map<String, Answer> answers = new LinkedHashMap<>();
    data.forEach(
        (key, value) -> {
          if (key.startsWith(OLD_VALUE)) {
            String name = key.substring(OLD_VALUE.length());
            String until = data.get(OLD_UNTIL + name);
            answers.put(name, new Answer(value, until == null ? null : Instant.parse(until)));
          }
        });
    String based = data.get("based");
    String sendAt = data.get("sendAt");
    return new NoticeDraft(
        Kind.valueOf(data.getOrDefault("kind", Kind.ISSUE.name())),
        data.get("template"),
        data.get("notice"),
        based == null ? null : Integer.valueOf(based),
        data.get("draft"),
        answers,
        data.get("asking"),
        data.get("note"),
        "yes".equals(data.get("ack")),
        NoticeMode.valueOf(data.getOrDefault("mode", NoticeMode.LIVE.name())),
        split(data.get("targets")),
        split(data.get("zones")),
        "yes".equals(data.get("guided")),
        sendAt == null ? null : Instant.parse(sendAt),
        "yes".equals(data.get("scheduled")));
  }

  private static List<String> split(String joined) {
    return joined == null || joined.isEmpty() ? List.of() : Arrays.asList(joined.split(","));
  }

  private static Date date(Instant at) {
    return at == null ? null : Date.from(at);
  }

  private static Instant instant(Document d, String key) {
    Date at = d.getDate(key);
    return at == null ? null : at.toInstant();
  }
}
