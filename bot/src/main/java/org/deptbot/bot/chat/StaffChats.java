package org.deptbot.bot.chat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.deptbot.core.staff.ChatIdentity;
import org.deptbot.core.staff.ChatLink;
import org.deptbot.core.staff.ChatLinks;
import org.deptbot.core.staff.ChatPlatform;
import org.deptbot.core.staff.StaffMember;
import org.deptbot.core.staff.StaffMembers;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Messages the bot sends unprompted (a case card, a receipt, a reply relayed to an anonymous
 * reporter), to a chat or to every chat an active staff member linked on a platform that is on.
 */
public class StaffChats {

  private static final Logger log = LoggerFactory.getLogger(StaffChats.class);

  private final ChatLinks links;
  private final StaffMembers staff;
  private final Map<ChatPlatform, ChatAdapter> adapters;

  public StaffChats(ChatLinks links, StaffMembers staff, List<ChatAdapter> adapters) {
    this.links = links;
    this.staff = staff;
    this.adapters =
        adapters.stream().collect(Collectors.toMap(ChatAdapter::platform, Function.identity()));
  }

  /** A message sent with {@link #sendKeepingId}: the chat, and the platform's id (or null). */
  public record Sent(ChatIdentity chat, String messageId) {}

  /** What became of the message to one of a member's chats. */
  public record Reach(ChatIdentity chat, SendOutcome outcome) {}

  /**
   * Sends what {@code message} makes to each private chat of the member (buttons are made per chat
   * account, so each gets its own) on a platform that is on, except those {@code skip} names (they
   * already have it, or refused it); returns what became of each one sent, in the order of the
   * member's links. One chat's failure never keeps the message from the others. A member who is not
   * active (as the roster says now, not when the message was made) is sent nothing.
   */
  public List<Reach> sendToMember(
      String staffId, Function<ChatIdentity, Outgoing.Send> message, Predicate<ChatIdentity> skip) {
    List<Reach> reached = new ArrayList<>();
    for (ChatIdentity chat : chatsOf(staffId)) {
      if (skip.test(chat)) {
        continue;
      }
      SendOutcome outcome;
      try {
        outcome = adapters.get(chat.platform()).sendUnprompted(message.apply(chat));
      } catch (RuntimeException failed) {
        log.warn("Could not send to a chat of {}: {}", staffId, failed.toString());
        outcome = new SendOutcome.Unreachable(failed.getClass().getSimpleName());
      }
      reached.add(new Reach(chat, outcome));
    }
    return reached;
  }

  /** As above, to every chat of the member. */
  public List<Reach> sendToMember(String staffId, Function<ChatIdentity, Outgoing.Send> message) {
    return sendToMember(staffId, message, chat -> false);
  }

  /**
   * The private chats of an active member on the platforms that are on, in the order of their
   * links; none for a member who is not active or not on the roster.
   */
  public List<ChatIdentity> chatsOf(String staffId) {
    if (staff.byId(staffId).filter(StaffMember::active).isEmpty()) {
      return List.of();
    }
    return links.ofMember(staffId).stream()
        .map(ChatLink::identity)
        .filter(identity -> adapters.containsKey(identity.platform()))
        .toList();
  }

  /**
   * Sends one message and keeps the platform's id of it, so a reply to it can be recognised or it
   * can be edited later: empty when its platform is off in this bot, a null id when the platform
   * refused it or gave none. Throws when the platform cannot be reached, as {@link #send} does.
   */
  public Optional<Sent> sendKeepingId(Outgoing.Send message) {
    ChatAdapter adapter = adapters.get(message.to().platform());
    if (adapter == null) {
      return Optional.empty();
    }
    SendOutcome outcome = adapter.sendUnprompted(message);
    if (outcome instanceof SendOutcome.Unreachable unreachable) {
      throw new IllegalStateException(unreachable.why());
    }
    String id = outcome instanceof SendOutcome.Delivered delivered ? delivered.messageId() : null;
    return Optional.of(
        new Sent(new ChatIdentity(message.to().platform(), message.to().chatId()), id));
  }

  /** Sends one message; false when its platform is off in this bot. */
  public boolean send(Outgoing message) {
    ChatAdapter adapter = adapters.get(message.to().platform());
    if (adapter == null) {
      return false;
    }
    adapter.deliver(null, List.of(message));
    return true;
  }

  /** A member's private chat on the platform of {@code identity}. */
  public static ChatTarget privateChat(ChatIdentity identity) {
    return new ChatTarget(identity.platform(), identity.userId(), true);
  }
}
