package org.deptbot.bot.telegram.fake;

/** How the bot answered a button press with {@code answerCallbackQuery}. */
public record CallbackAnswer(String queryId, String text, boolean showAlert) {}
