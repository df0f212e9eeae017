package org.deptbot.bot.chat;

import java.util.List;

/** What the engine asks an adapter to do. */
public sealed interface Outgoing {

  ChatTarget to();

  /** Send a new message, with rows of buttons under it and, optionally, a picture. */
  record Send(ChatTarget to, RichText text, List<List<Button>> buttons, Image image)
      implements Outgoing {
    public Send {
      buttons = buttons == null ? List.of() : List.copyOf(buttons);
    }

    public Send(ChatTarget to, RichText text, List<List<Button>> buttons) {
      this(to, text, buttons, null);
    }
  }

  /** Replace the text and buttons of a message the bot sent earlier. */
  record Edit(ChatTarget to, String messageId, RichText text, List<List<Button>> buttons)
      implements Outgoing {
    public Edit {
      buttons = buttons == null ? List.of() : List.copyOf(buttons);
    }
  }

  /**
   * Acknowledge a button press (Telegram shows a spinner until it is answered), with an optional
   * short notice.
   */
  record AnswerPress(ChatTarget to, String pressId, String notice) implements Outgoing {}
}
