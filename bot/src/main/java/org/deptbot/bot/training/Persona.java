package org.deptbot.bot.training;

/**
 * Someone a newcomer can be in the training chat: a seeded staff member, or the public.
 *
 * @param id the staff id, or {@code public}
 * @param label the name shown on the picker
 * @param role the role shown under it
 * @param description what this persona can try
 * @param readOnly a view of posts (the public channels), not someone who talks to the bot
 */
public record Persona(String id, String label, String role, String description, boolean readOnly) {

  public Persona(String id, String label, String role, String description) {
    this(id, label, role, description, false);
  }
}
