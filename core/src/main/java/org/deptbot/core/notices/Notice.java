package org.deptbot.core.notices;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.deptbot.core.templates.NoticeCategory;
import org.deptbot.core.templates.Severity;
import org.deptbot.core.templates.Template;
import org.deptbot.core.templates.TemplateText;
import org.deptbot.core.templates.Urgency;
import org.deptbot.core.zones.Zone;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A public notice issued from an approved template (or, as an emergency issue, in free text):
 * ISSUED, then UPDATED any number of times, then CANCELLED or EXPIRED. Each change is a new
 * revision; nothing published is overwritten.
 *
 * @param id the notice number, such as {@code N-2026-000042}
 * @param targets the channel ids it is posted to
 * @param expiresAt when it expires unless cancelled first
 * @param zones the zones it is about, as they were when it was issued; empty means the whole area
 *     (notices stored before zones existed read as empty)
 * @param scheduledFor when a scheduled notice goes out (status SCHEDULED until then); null for one
 *     sent at once, and in notices stored before scheduling existed
 * @param emergency set when it was posted in free text as an emergency issue, without a template
 *     ({@code templateId} is then null); null for every notice from a template, and in notices
 *     stored before emergency issues existed
 */
@Document("notices")
public record Notice(
    @Id String id,
    String templateId,
    NoticeCategory category,
    Severity severity,
    Urgency urgency,
    NoticeMode mode,
    List<String> targets,
    String issuedBy,
    Instant expiresAt,
    NoticeStatus status,
    List<NoticeRevision> revisions,
    List<Zone> zones,
    Instant scheduledFor,
    Emergency emergency) {

  public Notice(
      String id,
      String templateId,
      NoticeCategory category,
      Severity severity,
      Urgency urgency,
      NoticeMode mode,
      List<String> targets,
      String issuedBy,
      Instant expiresAt,
      NoticeStatus status,
      List<NoticeRevision> revisions) {
    this(
        id,
        templateId,
        category,
        severity,
        urgency,
        mode,
        targets,
        issuedBy,
        expiresAt,
        status,
        revisions,
        List.of(),
        null,
        null);
  }

  @PersistenceCreator
  public Notice {
    zones = zones == null ? List.of() : List.copyOf(zones);
    targets = List.copyOf(targets);
    revisions = List.copyOf(revisions);
    if (revisions.isEmpty()) {
      throw new IllegalArgumentException("a notice has at least its first revision");
    }
  }

  /**
   * A notice confirmed at {@code at} to go out at {@code sendAt}: stored SCHEDULED, nothing planned
   * or posted until a release round issues it. Its expiry counts from {@code sendAt}.
   */
  public static Notice schedule(
      String id,
      Template template,
      Map<String, String> values,
      List<String> targets,
      NoticeMode mode,
      String issuedBy,
      Instant at,
      Instant sendAt) {
    if (!sendAt.isAfter(at)) {
      throw new NoticeTransitionRefused(
          NoticeTransitionRefused.Reason.SCHEDULED_IN_THE_PAST,
          "a notice cannot be scheduled for " + sendAt + ", which has passed",
          sendAt);
    }
    Notice now = issue(id, template, values, targets, mode, issuedBy, at);
    return new Notice(
        id,
        now.templateId,
        now.category,
        now.severity,
        now.urgency,
        mode,
        now.targets,
        issuedBy,
        sendAt.plus(template.defaultExpiry()),
        NoticeStatus.SCHEDULED,
        now.revisions,
        List.of(),
        sendAt,
        null);
  }

  /** Whether it waits for its time, with nothing posted yet. */
  public boolean scheduled() {
    return status == NoticeStatus.SCHEDULED;
  }

  /** Issues a notice; {@code values} were checked against the template's variables already. */
  public static Notice issue(
      String id,
      Template template,
      Map<String, String> values,
      List<String> targets,
      NoticeMode mode,
      String issuedBy,
      Instant at) {
    if (!template.usable()) {
      throw new NoticeTransitionRefused(
          NoticeTransitionRefused.Reason.TEMPLATE_NOT_USABLE,
          "template " + template.key() + " is not approved for use",
          template.key());
    }
    if (targets.isEmpty()) {
      throw new NoticeTransitionRefused(
          NoticeTransitionRefused.Reason.NO_TARGETS, "no channel picked");
    }
    var first =
        new NoticeRevision(
            1,
            NoticeRevision.Kind.ISSUE,
            at,
            issuedBy,
            values,
            TemplateText.render(template.title(), values),
            TemplateText.render(template.body(), values),
            null,
            false,
            NoticeRevision.rendered(template, values));
    return new Notice(
        id,
        template.id(),
        template.category(),
        template.severity(),
        template.urgency(),
        mode,
        targets,
        issuedBy,
        at.plus(template.defaultExpiry()),
        NoticeStatus.ISSUED,
        List.of(first));
  }

  /**
   * The same notice, expiring no earlier than {@code end}: a road that reopens after the notice
   * would have expired keeps its notice up until it reopens. An earlier {@code end} changes
   * nothing.
   */
  public Notice lastingUntil(Instant end) {
    if (end == null || !end.isAfter(expiresAt)) {
      return this;
    }
    return new Notice(
        id,
        templateId,
        category,
        severity,
        urgency,
        mode,
        targets,
        issuedBy,
        end,
        status,
        revisions,
        zones,
        scheduledFor,
        emergency);
  }

  /** The same notice about {@code zones} (empty: the whole area); set before it is stored. */
  public Notice inZones(List<Zone> zones) {
    return new Notice(
        id,
        templateId,
        category,
        severity,
        urgency,
        mode,
        targets,
        issuedBy,
        expiresAt,
        status,
        revisions,
        zones,
        scheduledFor,
        emergency);
  }

  /**
   * An emergency issue: {@code text} posted at once under {@code title}, without a template, to be
   * reviewed by {@code emergency}'s due time. It lasts {@code lasts}.
   */
  public static Notice issueEmergency(
      String id,
      NoticeCategory category,
      Severity severity,
      String title,
      String text,
      List<String> targets,
      NoticeMode mode,
      String issuedBy,
      Instant at,
      Duration lasts,
      Emergency emergency) {
    return issueEmergency(
        id, category, severity, title, text, Map.of(), Map.of(), targets, mode, issuedBy, at, lasts,
        emergency);
  }

  /**
   * An emergency issue in further languages too: {@code titles} the title in each further language
   * (by code), {@code texts} the text where the issuer gave it in that language as well; a language
   * without its own text posts the text as typed.
   */
  public static Notice issueEmergency(
      String id,
      NoticeCategory category,
      Severity severity,
      String title,
      String text,
      Map<String, String> titles,
      Map<String, String> texts,
      List<String> targets,
      NoticeMode mode,
      String issuedBy,
      Instant at,
      Duration lasts,
      Emergency emergency) {
    if (targets.isEmpty()) {
      throw new NoticeTransitionRefused(
          NoticeTransitionRefused.Reason.NO_TARGETS, "no channel picked");
    }
    Map<String, String> values = new java.util.LinkedHashMap<>();
    values.put(Emergency.TEXT, text);
    Map<String, org.deptbot.core.templates.TemplateWording> wordings =
        new java.util.LinkedHashMap<>();
    titles.forEach(
        (language, inLanguage) -> {
          String own = texts.get(language);
          if (own != null && !own.isBlank()) {
            values.put(org.deptbot.core.templates.BlankValues.key(Emergency.TEXT, language), own);
          }
          wordings.put(
              language,
              new org.deptbot.core.templates.TemplateWording(
                  Emergency.literal(inLanguage), own != null && !own.isBlank() ? own : text));
        });
    var first =
        new NoticeRevision(
            1,
            NoticeRevision.Kind.ISSUE,
            at,
            issuedBy,
            values,
            Emergency.literal(title),
            text,
            null,
            false,
            wordings);
    Urgency urgency =
        severity == Severity.EXTREME || severity == Severity.SEVERE
            ? Urgency.IMMEDIATE
            : Urgency.EXPECTED;
    return new Notice(
        id,
        null,
        category,
        severity,
        urgency,
        mode,
        targets,
        issuedBy,
        at.plus(lasts),
        NoticeStatus.ISSUED,
        List.of(first),
        List.of(),
        null,
        emergency);
  }

  /** Whether it was posted in free text as an emergency issue. */
  public boolean emergencyIssue() {
    return emergency != null;
  }

  /** The same notice with its emergency review state as {@code changed}. */
  public Notice withEmergency(Emergency changed) {
    return new Notice(
        id,
        templateId,
        category,
        severity,
        urgency,
        mode,
        targets,
        issuedBy,
        expiresAt,
        status,
        revisions,
        zones,
        scheduledFor,
        changed);
  }

  /** The ids of its zones; empty when it is about the whole area. */
  public List<String> zoneIds() {
    return zones.stream().map(Zone::id).toList();
  }

  /** Whether it must reach people at once: delivered before routine notices. */
  public boolean urgent() {
    return severity == Severity.EXTREME
        || severity == Severity.SEVERE
        || urgency == Urgency.IMMEDIATE;
  }

  public NoticeRevision latest() {
    return revisions.get(revisions.size() - 1);
  }

  /** New values, re-rendered from the same template version; posts are edited in place. */
  public Notice update(
      Template template, Map<String, String> values, String note, String by, Instant at) {
    requireActive("updated");
    boolean sameWording =
        emergency == null
            ? template.id().equals(templateId)
            : Emergency.WORDING_KEY.equals(template.key());
    if (!sameWording) {
      throw new IllegalArgumentException(
          "a notice is updated with the template version it was issued from");
    }
    var revision =
        new NoticeRevision(
            revisions.size() + 1,
            NoticeRevision.Kind.UPDATE,
            at,
            by,
            values,
            TemplateText.render(template.title(), values),
            TemplateText.render(template.body(), values),
            note,
            false,
            NoticeRevision.rendered(template, values));
    return with(NoticeStatus.UPDATED, revision);
  }

  /**
   * Cancels it; a scheduled notice can be cancelled before it goes out (nothing is posted then).
   */
  public Notice cancel(String note, String by, Instant at) {
    if (!scheduled()) {
      requireActive("cancelled");
    }
    return with(NoticeStatus.CANCELLED, closing(NoticeRevision.Kind.CANCEL, note, by, at));
  }

  /**
   * The missing or endangered person was found. The new revision keeps no values: {@code title} and
   * {@code body} are the department's wording without the person's details, and every post is
   * replaced by it (the earlier revisions stay in the record).
   */
  public Notice found(String title, String body, String by, Instant at) {
    requireActive("marked found");
    if (category != NoticeCategory.MISSING_PERSON && category != NoticeCategory.ENDANGERED_PERSON) {
      throw new NoticeTransitionRefused(
          NoticeTransitionRefused.Reason.NOT_ABOUT_A_PERSON,
          "notice " + id + " is not about a missing or endangered person",
          id);
    }
    var revision =
        new NoticeRevision(
            revisions.size() + 1,
            NoticeRevision.Kind.FOUND,
            at,
            by,
            Map.of(),
            title,
            body,
            null,
            false);
    return with(NoticeStatus.RESOLVED, revision);
  }

  /** Expires it when its time has come; refused before then. */
  public Notice expire(Instant at) {
    requireActive("expired");
    if (at.isBefore(expiresAt)) {
      throw new NoticeTransitionRefused(
          NoticeTransitionRefused.Reason.NOT_DUE,
          "notice " + id + " runs until " + expiresAt,
          id,
          expiresAt);
    }
    return with(NoticeStatus.EXPIRED, closing(NoticeRevision.Kind.EXPIRE, null, "system", at));
  }

  private NoticeRevision closing(NoticeRevision.Kind kind, String note, String by, Instant at) {
    NoticeRevision last = latest();
    return new NoticeRevision(
        revisions.size() + 1,
        kind,
        at,
        by,
        last.values(),
        last.title(),
        last.body(),
        note,
        false,
        last.wordings());
  }

  private void requireActive(String verb) {
    if (!status.active()) {
      throw new NoticeTransitionRefused(
          NoticeTransitionRefused.Reason.NOT_ACTIVE,
          "notice " + id + " is " + status + "; it cannot be " + verb,
          id,
          status);
    }
  }

  private Notice with(NoticeStatus next, NoticeRevision revision) {
    List<NoticeRevision> all = new ArrayList<>(revisions);
    all.add(revision);
    return new Notice(
        id,
        templateId,
        category,
        severity,
        urgency,
        mode,
        targets,
        issuedBy,
        expiresAt,
        next,
        all,
        zones,
        scheduledFor,
        emergency);
  }
}
