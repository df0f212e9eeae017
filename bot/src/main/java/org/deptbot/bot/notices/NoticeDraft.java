package org.deptbot.bot.notices;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.deptbot.core.notices.NoticeDesk;
import org.deptbot.core.notices.NoticeMode;
import org.deptbot.core.templates.TemplateVariable;
import org.deptbot.core.templates.TimeDirection;
import org.deptbot.core.templates.VariableCheck;

/**
 * A notice being put together in a conversation, kept in the conversation's string map so it
 * survives a restart. An update or a cancellation is a draft too, naming the notice it changes.
 */
record NoticeDraft(Map<String, String> data) {

  enum Kind {
    ISSUE,
    UPDATE
  }

  private static final String VALUE = "v-"; // MongoDB map keys cannot hold dots
  private static final String UNTIL = "t-"; // a date-time still to come, as an instant

  NoticeDraft {
    data = Map.copyOf(data);
  }

  static NoticeDraft issue(String templateId, List<String> targets, Map<String, String> values) {
    Map<String, String> data = new HashMap<>();
    data.put("kind", Kind.ISSUE.name());
    data.put("template", templateId);
    data.put("targets", String.join(",", targets));
    data.put("mode", NoticeMode.LIVE.name());
    data.put("draft", UUID.randomUUID().toString());
    values.forEach((name, value) -> data.put(VALUE + name, value));
    return new NoticeDraft(data);
  }

  /** What confirming this issue draft asks of the desk: at once, or at the time it names. */
  NoticeDesk.Issue asIssue() {
    return new NoticeDesk.Issue(
        draftId(),
        templateId(),
        values(),
        targets(),
        mode(),
        lastsUntil().orElse(null),
        zones(),
        sendAt().orElse(null));
  }

  /**
   * What confirming this update draft asks of the desk: based on the revision the update started
   * from, so a change someone else stored meanwhile is not overwritten. For a notice still waiting
   * for its time, its time (none: at once); for a posted one, none.
   */
  NoticeDesk.Update asUpdate() {
    return new NoticeDesk.Update(
        noticeId(),
        basedOn(),
        values(),
        note(),
        lastsUntil().orElse(null),
        changesScheduled() ? sendAt().orElse(null) : null);
  }

  /** The revision an update started from; null for a draft kept from before it was noted. */
  Integer basedOn() {
    String based = data.get("based");
    return based == null ? null : Integer.valueOf(based);
  }

  static NoticeDraft update(
      String noticeId, int basedOn, String templateId, Map<String, String> values) {
    Map<String, String> data = new HashMap<>();
    data.put("kind", Kind.UPDATE.name());
    data.put("notice", noticeId);
    data.put("based", String.valueOf(basedOn));
    data.put("template", templateId);
    data.put("draft", UUID.randomUUID().toString());
    values.forEach((name, value) -> data.put(VALUE + name, value));
    return new NoticeDraft(data);
  }

  Kind kind() {
    return Kind.valueOf(data.getOrDefault("kind", Kind.ISSUE.name()));
  }

  String templateId() {
    return data.get("template");
  }

  /** The notice an update changes. */
  String noticeId() {
    return data.get("notice");
  }

  /** Fixed when the draft starts, so pressing Confirm twice cannot issue two notices. */
  String draftId() {
    return data.get("draft");
  }

  /** The blank being asked now, if any. */
  String asking() {
    return data.get("asking");
  }

  String note() {
    return data.getOrDefault("note", "");
  }

  boolean warningsAcknowledged() {
    return "yes".equals(data.get("ack"));
  }

  NoticeMode mode() {
    return NoticeMode.valueOf(data.getOrDefault("mode", NoticeMode.LIVE.name()));
  }

  List<String> targets() {
    String joined = data.getOrDefault("targets", "");
    return joined.isEmpty() ? List.of() : Arrays.asList(joined.split(","));
  }

  Map<String, String> values() {
    Map<String, String> values = new LinkedHashMap<>();
    data.forEach(
        (key, value) -> {
          if (key.startsWith(VALUE)) {
            values.put(key.substring(VALUE.length()), value);
          }
        });
    return values;
  }

  boolean has(String name) {
    return data.containsKey(VALUE + name);
  }

  NoticeDraft withValue(String name, String value) {
    return with(VALUE + name, value).without(UNTIL + name).without("asking").without("ack");
  }

  /**
   * The value of a date-time blank that looks ahead, with the moment it was read as: the notice is
   * kept up at least until then.
   */
  NoticeDraft withValue(String name, String value, Instant until) {
    NoticeDraft set = withValue(name, value);
    return until == null ? set : set.with(UNTIL + name, until.toString());
  }

  /** A checked value of blank {@code v}; a time still to come also keeps the notice up until it. */
  NoticeDraft withChecked(TemplateVariable v, VariableCheck.Valid valid) {
    boolean ahead = v.when() == TimeDirection.FUTURE;
    return withValue(v.name(), valid.value(), ahead ? valid.at() : null);
  }

  /** The latest time still to come among the blanks, if any: the notice lasts at least until it. */
  Optional<Instant> lastsUntil() {
    return data.entrySet().stream()
        .filter(e -> e.getKey().startsWith(UNTIL))
        .map(e -> Instant.parse(e.getValue()))
        .max(Instant::compareTo);
  }

  NoticeDraft asking(String name) {
    return with("asking", name);
  }

  NoticeDraft withNote(String note) {
    return with("note", note).without("asking");
  }

  /**
   * Every blank is asked, optional ones too (with Skip); the quick form asks only what is missing.
   */
  NoticeDraft guided() {
    return with("guided", "yes");
  }

  boolean isGuided() {
    return "yes".equals(data.get("guided"));
  }

  /** Done asking: on to the preview. */
  NoticeDraft previewing() {
    return without("asking");
  }

  /** When it is to go out, if at a later time; empty: as soon as it is confirmed. */
  Optional<Instant> sendAt() {
    String at = data.get("sendAt");
    return at == null ? Optional.empty() : Optional.of(Instant.parse(at));
  }

  /** To go out at {@code at} instead of at once. */
  NoticeDraft sendingAt(Instant at) {
    return with("sendAt", at.toString());
  }

  /** To go out as soon as it is confirmed. */
  NoticeDraft sendingNow() {
    return without("sendAt");
  }

  /** Whether it changes a notice still waiting for its time. */
  boolean changesScheduled() {
    return "yes".equals(data.get("scheduled"));
  }

  /** An update of a scheduled notice: its time can still be changed, or made "now". */
  NoticeDraft ofScheduled(Instant sendAt) {
    return with("scheduled", "yes").sendingAt(sendAt);
  }

  NoticeDraft acknowledged() {
    return with("ack", "yes");
  }

  NoticeDraft withMode(NoticeMode mode) {
    return with("mode", mode.name());
  }

  /** The zones picked (ids); empty means the whole area. */
  List<String> zones() {
    String joined = data.getOrDefault("zones", "");
    return joined.isEmpty() ? List.of() : Arrays.asList(joined.split(","));
  }

  NoticeDraft withZones(List<String> zoneIds) {
    return with("zones", String.join(",", zoneIds));
  }

  NoticeDraft zoneToggled(String zoneId) {
    List<String> zones = new ArrayList<>(zones());
    if (!zones.remove(zoneId)) {
      zones.add(zoneId);
    }
    return withZones(zones);
  }

  NoticeDraft toggled(String channelId) {
    List<String> targets = new ArrayList<>(targets());
    if (!targets.remove(channelId)) {
      targets.add(channelId);
    }
    return with("targets", String.join(",", targets));
  }

  private NoticeDraft with(String key, String value) {
    Map<String, String> next = new HashMap<>(data);
    next.put(key, value);
    return new NoticeDraft(next);
  }

  private NoticeDraft without(String key) {
    Map<String, String> next = new HashMap<>(data);
    next.remove(key);
    return new NoticeDraft(next);
  }
}
