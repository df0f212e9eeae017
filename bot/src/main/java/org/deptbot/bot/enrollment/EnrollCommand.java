package org.deptbot.bot.enrollment;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.deptbot.bot.chat.ChatCommand;
import org.deptbot.bot.chat.ChatContext;
import org.deptbot.bot.chat.ChatFlow;
import org.deptbot.bot.chat.Conversation;
import org.deptbot.bot.chat.Conversations;
import org.deptbot.bot.chat.Outgoing;
import org.deptbot.core.access.Actor;
import org.deptbot.core.access.Authorization;
import org.deptbot.core.access.Permission;
import org.deptbot.core.enrollment.Enrollment;
import org.deptbot.core.enrollment.EnrollmentResult;
import org.deptbot.core.templates.TimeShown;

/**
 * {@code /enroll CODE} links this chat account to a staff record. Without a code it asks for one
 * and waits (a guided flow that survives a restart). Only in private chats, so codes stay private.
 */
class EnrollCommand implements ChatCommand, ChatFlow {

  private static final String WAITING_FOR_CODE = "code";

  private final Enrollment enrollment;
  private final Conversations conversations;
  private final TimeShown time;

  EnrollCommand(Enrollment enrollment, Conversations conversations, TimeShown time) {
    this.enrollment = enrollment;
    this.conversations = conversations;
    this.time = time;
  }

  @Override
  public String name() {
    return "enroll";
  }

  @Override
  public Optional<String> privateOnly() {
    return Optional.of("enroll.private-only");
  }

  @Override
  public Optional<Permission> requires() {
    return Optional.empty();
  }

  @Override
  public boolean offeredTo(Actor actor, Authorization authorization) {
    return authorization.permits(actor, Permission.ENROLL);
  }

  @Override
  public List<Outgoing> handle(ChatContext context, String arguments) {
    if (arguments.isBlank()) {
      conversations.begin(context.identity(), name(), WAITING_FOR_CODE, Map.of());
      return context.replyWith("enroll.ask");
    }
    return redeem(context, arguments);
  }

  @Override
  public List<Outgoing> onText(ChatContext context, Conversation conversation, String text) {
    return redeem(context, text);
  }

  private List<Outgoing> redeem(ChatContext context, String code) {
    EnrollmentResult result = enrollment.redeem(context.identity(), code);
    boolean retry = result instanceof EnrollmentResult.NotRecognized;
    if (retry) {
      conversations.begin(context.identity(), name(), WAITING_FOR_CODE, Map.of());
    } else {
      conversations.end(context.identity());
    }
    return answer(context, result);
  }

  private List<Outgoing> answer(ChatContext context, EnrollmentResult result) {
    if (result instanceof EnrollmentResult.Linked linked) {
      return context.replyWith("enroll.linked", linked.member().name());
    } else if (result instanceof EnrollmentResult.AlreadyLinked linked) {
      return context.replyWith("enroll.already-linked", linked.member().name());
    } else if (result instanceof EnrollmentResult.NotRecognized wrong) {
      return context.replyWith("enroll.not-recognized", wrong.attemptsLeft());
    } else if (result instanceof EnrollmentResult.Expired) {
      return context.replyWith("enroll.expired");
    } else if (result instanceof EnrollmentResult.AlreadyUsed) {
      return context.replyWith("enroll.already-used");
    } else if (result instanceof EnrollmentResult.MemberInactive) {
      return context.replyWith("enroll.member-inactive");
    }
    var locked = (EnrollmentResult.LockedOut) result;
    return context.replyWith("enroll.locked-out", time.clockTime(locked.until()));
  }
}
