package org.deptbot.core.templates;

import java.time.Clock;
import java.util.function.UnaryOperator;
import org.deptbot.core.access.Actor;
import org.deptbot.core.access.Authorization;
import org.deptbot.core.access.NotPermitted;
import org.deptbot.core.access.Permission;

/**
 * Submitting, approving, rejecting and retiring template versions, for the chat and the console
 * alike: permission first, then the aggregate's own rules, then one conditional write.
 */
public class TemplateApprovals {

  private final Templates templates;
  private final Authorization authorization;
  private final Clock clock;

  public TemplateApprovals(Templates templates, Authorization authorization, Clock clock) {
    this.templates = templates;
    this.authorization = authorization;
    this.clock = clock;
  }

  public Template submit(Actor actor, String templateId) {
    authorization.require(actor, Permission.AUTHOR_TEMPLATE);
    return change(templateId, t -> t.submit(actor.staffId(), clock.instant()));
  }

  public Template approve(Actor actor, String templateId, String reason) {
    Template current = find(templateId);
    if (!authorization.mayApproveTemplate(actor, current.authorId())) {
      throw authorization.permits(actor, Permission.APPROVE_TEMPLATE)
          ? new TemplateTransitionRefused(
              TemplateTransitionRefused.Reason.OWN_TEMPLATE,
              "You wrote this template, so someone else must approve it.",
              templateId)
          : new NotPermitted(actor, Permission.APPROVE_TEMPLATE);
    }
    Template approved =
        change(templateId, t -> t.approve(actor.staffId(), reason, clock.instant()));
    retireSuperseded(approved, actor.staffId());
    return approved;
  }

  /**
   * Earlier approved versions stop being usable, so retiring this one later cannot bring old
   * wording back. A crash before this runs leaves them approved, but notices always use the newest
   * approved version anyway.
   */
  private void retireSuperseded(Template approved, String byStaffId) {
    for (Template older : templates.versions(approved.key())) {
      if (older.version() < approved.version() && older.usable()) {
        templates.replace(
            older,
            older.retire(byStaffId, "superseded by v" + approved.version(), clock.instant()));
      }
    }
  }

  public Template reject(Actor actor, String templateId, String reason) {
    authorization.require(actor, Permission.APPROVE_TEMPLATE);
    return change(templateId, t -> t.reject(actor.staffId(), reason, clock.instant()));
  }

  public Template retire(Actor actor, String templateId, String reason) {
    authorization.require(actor, Permission.APPROVE_TEMPLATE);
    return change(templateId, t -> t.retire(actor.staffId(), reason, clock.instant()));
  }

  private Template change(String templateId, UnaryOperator<Template> transition) {
    Template current = find(templateId);
    Template changed = transition.apply(current);
    if (!templates.replace(current, changed)) {
      throw new TemplateTransitionRefused(
          TemplateTransitionRefused.Reason.CHANGED_MEANWHILE,
          "Someone changed template " + templateId + " a moment ago; please look at it again.",
          templateId);
    }
    return changed;
  }

  private Template find(String templateId) {
    return templates
        .byId(templateId)
        .orElseThrow(
            () ->
                new TemplateTransitionRefused(
                    TemplateTransitionRefused.Reason.NOT_FOUND,
                    "There is no template " + templateId + ".",
                    templateId));
  }
}
