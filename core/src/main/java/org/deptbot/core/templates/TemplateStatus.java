package org.deptbot.core.templates;

/**
 * Where a template version is in its approval (policy IV.A.2.a: the chief executive's designee
 * approves what the department posts).
 */
public enum TemplateStatus {
  /** Being written; can be edited and submitted. */
  DRAFT,
  /** Waiting for an approver who is not the author. */
  PENDING_APPROVAL,
  /** Usable for notices; never changes again. */
  APPROVED,
  /** No longer usable; kept for the record. */
  RETIRED
}
