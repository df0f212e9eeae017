package org.deptbot.bot.chat;

import java.util.List;

/**
 * A guided conversation over several messages. Its state is a {@link Conversation} in MongoDB, so
 * it survives a restart.
 */
public interface ChatFlow {

  /** The flow's name, as stored in the conversation. */
  String name();

  /** The user answered the current step with text. */
  List<Outgoing> onText(ChatContext context, Conversation conversation, String text);

  /** The user sent a file or picture while in the flow. */
  default List<Outgoing> onAttachment(
      ChatContext context, Conversation conversation, Incoming.Attachment attachment) {
    return context.replyWith("attachment.unused");
  }

  /**
   * The user pressed one of the flow's buttons, carrying {@code answer}. By default the choice is
   * taken as if typed.
   */
  default List<Outgoing> onAnswer(
      ChatContext context, Conversation conversation, ButtonAction.Answer answer) {
    return onText(context, conversation, answer.choice());
  }
}
