package org.deptbot.core.access;

/** Something a person may be allowed to do, in chat or in the admin console. */
public enum Permission {
  /** Subscribe to public notices; anyone. */
  SUBSCRIBE_TO_NOTICES,
  /** Send a tip in answer to a tip solicitation; anyone. */
  SEND_TIP,
  /** Link a chat account with an enrollment code; anyone who is not linked yet. */
  ENROLL,
  /** Report a posting that violates the social media policy (V.A.11); every active member. */
  SUBMIT_REPORT,
  /** Follow one's own reports. */
  VIEW_OWN_REPORTS,
  /**
   * Follow an anonymous report or a tip with the receipt key given at Submit, from any chat
   * account; anyone, since the key is what proves it is theirs.
   */
  FOLLOW_WITH_RECEIPT_KEY,
  /** Issue, update and cancel notices from approved templates. */
  ISSUE_NOTICE,
  /** Write and edit draft templates. */
  AUTHOR_TEMPLATE,
  /** Approve or reject templates written by someone else. */
  APPROVE_TEMPLATE,
  /** Triage violation reports routed to oneself. */
  TRIAGE_REPORTS,
  /** Handle cases routed past the chain of command. */
  HANDLE_INTERNAL_AFFAIRS_CASES,
  /** Add, change and deactivate staff members. */
  MANAGE_STAFF,
  /** Issue and revoke enrollment codes. */
  ISSUE_ENROLLMENT_CODES,
  /** Configure notice channels. */
  MANAGE_CHANNELS,
  /** Read and verify the audit log. */
  VIEW_AUDIT_LOG,
  /** Place and lift legal holds. */
  PLACE_LEGAL_HOLD,
  /** Export records for public records requests and e-discovery. */
  EXPORT_RECORDS,
  /**
   * Open the sealed original of a sent file (its name and metadata can identify the sender), with a
   * stated reason that is audited; a custodian's permission.
   */
  REVEAL_ORIGINAL_FILE,
  /**
   * Post a notice in free text at once when no approved template fits, with a stated reason; it is
   * audited as an emergency issue and every approver is asked to review it within a set time.
   */
  EMERGENCY_ISSUE,
  /**
   * Open a closed case again, with a stated reason that is audited; internal affairs. Its
   * allegations wait for new findings, the earlier ones stay in the case's history.
   */
  REOPEN_CASE,
  /**
   * See the case figures of a period (by provision, finding and route, times to acknowledge and
   * close, reminders and escalations), small counts withheld, and download them; not one case.
   */
  VIEW_CASE_FIGURES
}
