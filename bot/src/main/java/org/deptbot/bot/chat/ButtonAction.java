package org.deptbot.bot.chat;

import java.time.Instant;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * What a button does, kept server-side (collection {@code chat_buttons}) so the platform only
 * carries an opaque id.
 *
 * @param id the opaque id in the button
 * @param owner the chat identity key allowed to press it
 * @param action a command line ({@code /help}) or a flow answer ({@code flow:enroll:cancel})
 * @param expiresAt after this the button answers that it has expired
 * @param form the form the button opens where the platform can show one, or null
 */
@Document("chat_buttons")
public record ButtonAction(
    @Id String id, String owner, String action, Instant expiresAt, Button.Form form) {}
