package org.deptbot.core.delivery;

/** What a delivery does to the recipient's chat. */
public enum DeliveryAction {
  /** Post the notice as a new message. */
  POST,
  /** Edit the earlier post in place (update, cancel, expiry). */
  EDIT,
  /** Delete the earlier post and post anew: a picture cannot be edited away (person found). */
  REPLACE
}
