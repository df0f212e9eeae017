package org.deptbot.core.delivery;

/** A department channel, or a member of the public who subscribed. Channels go first. */
public enum RecipientKind {
  CHANNEL,
  SUBSCRIBER
}
