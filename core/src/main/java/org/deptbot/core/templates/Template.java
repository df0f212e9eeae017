package org.deptbot.core.templates;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * One version of an approved-wording template. The aggregate guards its own life: only a draft is
 * submitted, only a pending version is approved or rejected, the author never approves, and an
 * approved version never changes (a revision is a new version that needs approval again).
 *
 * @param id {@code key:v<version>}
 * @param key the template's stable name, such as {@code road_closure}
 * @param version 1, 2, ...
 * @param defaultChannels channel ids preselected when issuing; empty means every channel of the
 *     category
 * @param wordings the title and body in each further language, by language code ({@code es}); the
 *     default language's wording is {@code title} and {@code body}. Empty for a template stored
 *     before languages existed: it speaks the default language only
 */
@Document("templates")
public record Template(
    @Id String id,
    String key,
    int version,
    NoticeCategory category,
    String title,
    String body,
    List<TemplateVariable> variables,
    Severity severity,
    Urgency urgency,
    Duration defaultExpiry,
    List<String> defaultChannels,
    String authorId,
    TemplateStatus status,
    List<TemplateEvent> history,
    Map<String, TemplateWording> wordings) {

  @PersistenceCreator
  public Template {
    Objects.requireNonNull(category, "category");
    if (key == null || !key.matches("[a-z0-9_]{1,40}")) {
      throw new IllegalArgumentException(
          "template keys are lower case letters, digits and _: " + key);
    }
    variables = List.copyOf(variables);
    defaultChannels = defaultChannels == null ? List.of() : List.copyOf(defaultChannels);
    history = history == null ? List.of() : List.copyOf(history);
    Set<String> declared = new HashSet<>();
    variables.forEach(v -> declared.add(v.name()));
    for (String used : TemplateText.placeholders(title + "\n" + body)) {
      if (!declared.contains(used)) {
        throw new IllegalArgumentException(
            "{{" + used + "}} is used but not declared as a variable");
      }
    }
    wordings = wordings == null ? Map.of() : Map.copyOf(new LinkedHashMap<>(wordings));
    for (var wording : wordings.entrySet()) {
      for (String used :
          TemplateText.placeholders(
              wording.getValue().title() + "\n" + wording.getValue().body())) {
        if (!declared.contains(used)) {
          throw new IllegalArgumentException(
              "{{"
                  + used
                  + "}} is used in the "
                  + wording.getKey()
                  + " wording but not declared as a variable");
        }
      }
    }
  }

  /** A version in the default language only, as every template was before languages. */
  public Template(
      String id,
      String key,
      int version,
      NoticeCategory category,
      String title,
      String body,
      List<TemplateVariable> variables,
      Severity severity,
      Urgency urgency,
      Duration defaultExpiry,
      List<String> defaultChannels,
      String authorId,
      TemplateStatus status,
      List<TemplateEvent> history) {
    this(
        id,
        key,
        version,
        category,
        title,
        body,
        variables,
        severity,
        urgency,
        defaultExpiry,
        defaultChannels,
        authorId,
        status,
        history,
        Map.of());
  }

  /**
   * The wording in {@code language}: its own when the template has one, else the default language's
   * ({@code title} and {@code body}).
   */
  public TemplateWording wordingIn(String language) {
    TemplateWording own = language == null ? null : wordings.get(language);
    return own != null ? own : new TemplateWording(title, body);
  }

  /** Whether the template has its own wording in {@code language} (the default always has). */
  public boolean speaks(String language, String defaultLanguage) {
    return Objects.equals(language, defaultLanguage) || wordings.containsKey(language);
  }

  /** The declared languages this version has no wording for, in the order declared. */
  public List<String> missingLanguages(List<String> declared) {
    if (declared == null || declared.isEmpty()) {
      return List.of();
    }
    String defaultLanguage = declared.get(0);
    return declared.stream().filter(l -> !speaks(l, defaultLanguage)).toList();
  }

  /** The same version with its wording in further languages (a draft being written). */
  public Template withWordings(Map<String, TemplateWording> more) {
    return new Template(
        id,
        key,
        version,
        category,
        title,
        body,
        variables,
        severity,
        urgency,
        defaultExpiry,
        defaultChannels,
        authorId,
        status,
        history,
        more);
  }

  /** A first draft. */
  public static Template draft(
      String key,
      NoticeCategory category,
      String title,
      String body,
      List<TemplateVariable> variables,
      Severity severity,
      Urgency urgency,
      Duration defaultExpiry,
      List<String> defaultChannels,
      String authorId,
      Instant at) {
    return new Template(
        key + ":v1",
        key,
        1,
        category,
        title,
        body,
        variables,
        severity,
        urgency,
        defaultExpiry,
        defaultChannels,
        authorId,
        TemplateStatus.DRAFT,
        List.of(new TemplateEvent(at, authorId, "created", null)));
  }

  /**
   * The draft with new wording and settings; only a draft changes, and only at its author's hand.
   */
  public Template edit(Template wanted, String byStaffId, Instant at) {
    require(TemplateStatus.DRAFT, "edited");
    if (!byStaffId.equals(authorId)) {
      throw new TemplateTransitionRefused(
          TemplateTransitionRefused.Reason.NOT_THE_AUTHOR, "only the author edits a draft", id);
    }
    List<TemplateEvent> events = new ArrayList<>(history);
    events.add(new TemplateEvent(at, byStaffId, "edited", null));
    return new Template(
        id,
        key,
        version,
        wanted.category,
        wanted.title,
        wanted.body,
        wanted.variables,
        wanted.severity,
        wanted.urgency,
        wanted.defaultExpiry,
        wanted.defaultChannels,
        authorId,
        status,
        events,
        wanted.wordings.isEmpty() ? wordingsFitting(wanted.variables) : wanted.wordings);
  }

  public Template submit(String byStaffId, Instant at) {
    require(TemplateStatus.DRAFT, "submitted");
    return next(
        TemplateStatus.PENDING_APPROVAL, new TemplateEvent(at, byStaffId, "submitted", null));
  }

  /** Approves; the caller has checked the APPROVE_TEMPLATE permission. */
  public Template approve(String approverId, String reason, Instant at) {
    require(TemplateStatus.PENDING_APPROVAL, "approved");
    if (approverId.equals(authorId)) {
      throw new TemplateTransitionRefused(
          TemplateTransitionRefused.Reason.OWN_TEMPLATE,
          "You wrote this template, so someone else must approve it.",
          id);
    }
    return next(TemplateStatus.APPROVED, new TemplateEvent(at, approverId, "approved", reason));
  }

  /** Sends it back to its author as a draft, with the reason. */
  public Template reject(String approverId, String reason, Instant at) {
    require(TemplateStatus.PENDING_APPROVAL, "rejected");
    if (reason == null || reason.isBlank()) {
      throw new TemplateTransitionRefused(
          TemplateTransitionRefused.Reason.REASON_NEEDED,
          "Please say why, so the author can fix it.");
    }
    return next(TemplateStatus.DRAFT, new TemplateEvent(at, approverId, "rejected", reason));
  }

  public Template retire(String byStaffId, String reason, Instant at) {
    require(TemplateStatus.APPROVED, "retired");
    return next(TemplateStatus.RETIRED, new TemplateEvent(at, byStaffId, "retired", reason));
  }

  /** A new draft version with changed wording; this version stays as it is. */
  public Template revise(
      String title, String body, List<TemplateVariable> variables, String authorId, Instant at) {
    if (status == TemplateStatus.DRAFT) {
      throw new TemplateTransitionRefused(
          TemplateTransitionRefused.Reason.EDIT_THE_DRAFT,
          "Edit the draft itself; it is not approved yet.",
          id);
    }
    int nextVersion = version + 1;
    return new Template(
        key + ":v" + nextVersion,
        key,
        nextVersion,
        category,
        title,
        body,
        variables,
        severity,
        urgency,
        defaultExpiry,
        defaultChannels,
        authorId,
        TemplateStatus.DRAFT,
        List.of(new TemplateEvent(at, authorId, "revised from v" + version, null)),
        wordingsFitting(variables));
  }

  /**
   * The further languages' wording kept through an edit that did not give its own: those whose
   * blanks are all still declared (the rest must be written again for the new blanks).
   */
  private Map<String, TemplateWording> wordingsFitting(List<TemplateVariable> variables) {
    Set<String> declared = new HashSet<>();
    variables.forEach(v -> declared.add(v.name()));
    Map<String, TemplateWording> kept = new LinkedHashMap<>();
    wordings.forEach(
        (language, wording) -> {
          if (declared.containsAll(
              TemplateText.placeholders(wording.title() + "\n" + wording.body()))) {
            kept.put(language, wording);
          }
        });
    return kept;
  }

  public boolean usable() {
    return status == TemplateStatus.APPROVED;
  }

  private void require(TemplateStatus expected, String verb) {
    if (status != expected) {
      throw new TemplateTransitionRefused(
          TemplateTransitionRefused.Reason.WRONG_STATE,
          "Template " + id + " is " + status + "; only a " + expected + " one can be " + verb + ".",
          id,
          status);
    }
  }

  private Template next(TemplateStatus to, TemplateEvent event) {
    List<TemplateEvent> events = new ArrayList<>(history);
    events.add(event);
    return new Template(
        id,
        key,
        version,
        category,
        title,
        body,
        variables,
        severity,
        urgency,
        defaultExpiry,
        defaultChannels,
        authorId,
        to,
        events,
        wordings);
  }
}
