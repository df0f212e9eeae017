package org.deptbot.admin.templates;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.deptbot.admin.console.NotFound;
import org.deptbot.core.access.Actor;
import org.deptbot.core.access.Authorization;
import org.deptbot.core.access.Permission;
import org.deptbot.core.audit.AuditRecord;
import org.deptbot.core.audit.AuditTrail;
import org.deptbot.core.templates.Template;
import org.deptbot.core.templates.TemplateApprovals;
import org.deptbot.core.templates.TemplateStatus;
import org.deptbot.core.templates.TemplateTransitionRefused;
import org.deptbot.core.templates.Templates;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;

/**
 * Every template change the pages and the API make, each checked by the core and written to the
 * audit trail the way the chat writes it.
 */
@Component
class TemplateDesk {

  private final Templates templates;
  private final TemplateApprovals approvals;
  private final Authorization authorization;
  private final AuditTrail audit;
  private final Clock clock;
  private final TemplateLanguages languages;

  TemplateDesk(
      Templates templates,
      TemplateApprovals approvals,
      Authorization authorization,
      AuditTrail audit,
      Clock clock,
      TemplateLanguages languages) {
    this.languages = languages;
    this.templates = templates;
    this.approvals = approvals;
    this.authorization = authorization;
    this.audit = audit;
    this.clock = clock;
  }

  Template byId(String id) {
    return templates.byId(id).orElseThrow(() -> new NotFound("Template " + id));
  }

  List<Template> versions(String key) {
    return templates.versions(key);
  }

  /** A first draft; refused with {@link KeyTaken} when the key is in use. */
  Template create(Actor actor, TemplateForm form) {
    authorization.require(actor, Permission.AUTHOR_TEMPLATE);
    Template draft = languages.applied(form.toDraft(actor.staffId(), clock.instant()), form);
    if (!templates.versions(draft.key()).isEmpty()) {
      throw new KeyTaken(draft.key());
    }
    try {
      templates.add(draft);
    } catch (DuplicateKeyException taken) {
      throw new KeyTaken(draft.key());
    }
    return recorded(actor, "template.created", draft);
  }

  /** A draft changed by its author. */
  Template edit(Actor actor, String id, TemplateForm form) {
    authorization.require(actor, Permission.AUTHOR_TEMPLATE);
    Template current = byId(id);
    Template wanted = form.withKey(current.key()).toDraft(current.authorId(), clock.instant());
    Template edited =
        languages.applied(current.edit(wanted, actor.staffId(), clock.instant()), form);
    replace(current, edited);
    return recorded(actor, "template.edited", edited);
  }

  /** A new draft version of an approved or retired one, written by the asker. */
  Template revise(Actor actor, String id, TemplateForm form) {
    authorization.require(actor, Permission.AUTHOR_TEMPLATE);
    Template current = byId(id);
    Template wanted = form.withKey(current.key()).toDraft(actor.staffId(), clock.instant());
    Template revised =
        languages.applied(
            current.revise(
                wanted.title(),
                wanted.body(),
                wanted.variables(),
                actor.staffId(),
                clock.instant()),
            form);
    try {
      templates.add(revised);
    } catch (DuplicateKeyException already) {
      throw changedMeanwhile(id);
    }
    return recorded(actor, "template.revised", revised);
  }

  /**
   * The template the form would save, checked the same way but not stored: what the preview shows.
   * {@code current} is the version being edited or revised, or null for a new one.
   */
  Template proposed(String staffId, Template current, TemplateForm form) {
    Instant now = clock.instant();
    if (current == null) {
      return languages.applied(form.toDraft(staffId, now), form);
    }
    Template wanted = form.withKey(current.key()).toDraft(current.authorId(), now);
    Template base =
        current.status() == TemplateStatus.DRAFT
            ? current.edit(wanted, current.authorId(), now)
            : current.revise(wanted.title(), wanted.body(), wanted.variables(), staffId, now);
    return languages.applied(base, form);
  }

  Template submit(Actor actor, String id) {
    return recorded(actor, "template.submitted", approvals.submit(actor, exists(id)));
  }

  Template approve(Actor actor, String id, String reason) {
    return recorded(
        actor, "template.approved", approvals.approve(actor, exists(id), reason), reason);
  }

  Template reject(Actor actor, String id, String reason) {
    return recorded(
        actor, "template.rejected", approvals.reject(actor, exists(id), reason), reason);
  }

  Template retire(Actor actor, String id, String reason) {
    return recorded(actor, "template.retired", approvals.retire(actor, exists(id), reason), reason);
  }

  private String exists(String id) {
    return byId(id).id();
  }

  private void replace(Template current, Template changed) {
    if (!templates.replace(current, changed)) {
      throw changedMeanwhile(current.id());
    }
  }

  private Template recorded(Actor actor, String action, Template template) {
    return recorded(actor, action, template, null);
  }

  /** Audits the change, with the reason given for it, if any. */
  private Template recorded(Actor actor, String action, Template template, String reason) {
    String subject = "template:" + template.id();
    String version = String.valueOf(template.version());
    if (reason == null || reason.isBlank()) {
      audit.record(actor, action, subject, "version", version);
    } else {
      audit.record(
          actor, action, subject, "version", version, "reason", AuditRecord.fitted(reason));
    }
    return template;
  }

  private static TemplateTransitionRefused changedMeanwhile(String id) {
    return new TemplateTransitionRefused(
        TemplateTransitionRefused.Reason.CHANGED_MEANWHILE, id + " changed meanwhile", id);
  }

  /** A new template's key is already some template's. */
  static class KeyTaken extends RuntimeException {
    final String key;

    KeyTaken(String key) {
      super("template key " + key + " is taken");
      this.key = key;
    }
  }
}
