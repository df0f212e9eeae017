package org.deptbot.bot.chat;

import java.time.Instant;

/**
 * What a button does, kept server-side (collection {@code chat_buttons}, sealed: see {@link
 * ButtonActions}) so the platform only carries an opaque id.
 *
 * @param id the opaque id in the button
 * @param owner the chat identity key allowed to press it
 * @param action a command line ({@code /help}) or a flow answer ({@code flow:enroll:cancel})
 * @param expiresAt after this the button answers that it has expired
 * @param form the form the button opens where the platform can show one, or null
 */
public record ButtonAction(
    String id, String owner, String action, Instant expiresAt, Button.Form form) {}
