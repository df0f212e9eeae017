package org.deptbot.bot.enrollment;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
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
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * {@code /enroll CODE} links this chat account to a staff record. Without a code it asks for one
 * and waits (a guided flow that survives a restart). Only in private chats, so codes stay private.
 */
@Component
@Order(3)
class EnrollCommand implements ChatCommand, ChatFlow {

  private static final String WAITING_FOR_CODE = "code";
  private static final DateTimeFormatter TIME =
      DateTimeFormatter.ofPattern("HH:mm").withZone(ZoneOffset.UTC);

  private final Enrollment enrollment;
  private final Conversations conversations;

  EnrollCommand(Enrollment enrollment, Conversations conversations) {
    this.enrollment = enrollment;
    this.conversations = conversations;
  }

  @Override
  public String name() {
    return "enroll";
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
    if (!context.inPrivateChat()) {
      return context.replyWith("enroll.private-only");
    }
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
    return context.replyWith(messageKey(result), arguments(result));
  }

  private static String messageKey(EnrollmentResult result) {
    if (result instanceof EnrollmentResult.Linked) {
      return "enroll.linked";
    } else if (result instanceof EnrollmentResult.AlreadyLinked) {
      return "enroll.already-linked";
    } else if (result instanceof EnrollmentResult.NotRecognized) {
      return "enroll.not-recognized";
    } else if (result instanceof EnrollmentResult.Expired) {
      return "enroll.expired";
    } else if (result instanceof EnrollmentResult.AlreadyUsed) {
      return "enroll.already-used";
    } else if (result instanceof EnrollmentResult.MemberInactive) {
      return "enroll.member-inactive";
    }
    return "enroll.locked-out";
  }

  private static Object[] arguments(EnrollmentResult result) {
    if (result instanceof EnrollmentResult.Linked linked) {
      return new Object[] {linked.member().name()};
    } else if (result instanceof EnrollmentResult.AlreadyLinked linked) {
      return new Object[] {linked.member().name()};
    } else if (result instanceof EnrollmentResult.NotRecognized wrong) {
      return new Object[] {wrong.attemptsLeft()};
    } else if (result instanceof EnrollmentResult.LockedOut locked) {
      return new Object[] {TIME.format(locked.until())};
    }
    return new Object[0];
  }
}
