package org.deptbot.bot.chat;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.deptbot.core.staff.ChatIdentity;
import org.deptbot.core.staff.ChatLink;
import org.deptbot.core.staff.ChatLinks;
import org.deptbot.core.staff.ChatPlatform;
import org.deptbot.core.staff.StaffMember;
import org.deptbot.core.staff.StaffMembers;

/**
 * Messages the bot sends unprompted (a case card, a receipt, a reply relayed to an anonymous
 * reporter), to a chat or to every chat an active staff member linked on a platform that is on.
 */
public class StaffChats {

  private final ChatLinks links;
  private final StaffMembers staff;
  private final Map<ChatPlatform, ChatAdapter> adapters;

  public StaffChats(ChatLinks links, StaffMembers staff, List<ChatAdapter> adapters) {
    this.links = links;
    this.staff = staff;
    this.adapters =
        adapters.stream().collect(Collectors.toMap(ChatAdapter::platform, Function.identity()));
  }

  /**
   * Sends what {@code message} makes for each private chat of the member (buttons are made per chat
   * account, so each gets its own); returns how many chats it reached. A member who is not active
   * (as the roster says now, not when the message was made) is sent nothing.
   */
  public int sendToMember(String staffId, Function<ChatIdentity, Outgoing> message) {
    if (staff.byId(staffId).filter(StaffMember::active).isEmpty()) {
      return 0;
    }
    List<ChatLink> reachable =
        links.ofMember(staffId).stream()
            .filter(l -> adapters.containsKey(l.identity().platform()))
            .toList();
    for (ChatLink link : reachable) {
      send(message.apply(link.identity()));
    }
    return reachable.size();
  }

  /** A message sent to one of a member's chats, with the platform's id of it when it gave one. */
  public record Sent(ChatIdentity chat, String messageId) {}

  /**
   * As {@link #sendToMember}, keeping the id of each message sent so it can be edited later; one
   * entry per chat reached.
   */
  public List<Sent> sendToMemberKeepingIds(
      String staffId, Function<ChatIdentity, Outgoing.Send> message) {
    if (staff.byId(staffId).filter(StaffMember::active).isEmpty()) {
      return List.of();
    }
    List<ChatLink> reachable =
        links.ofMember(staffId).stream()
            .filter(l -> adapters.containsKey(l.identity().platform()))
            .toList();
    List<Sent> sent = new java.util.ArrayList<>();
    for (ChatLink link : reachable) {
      Optional<String> id =
          adapters.get(link.identity().platform()).sendKeepingId(message.apply(link.identity()));
      sent.add(new Sent(link.identity(), id.orElse(null)));
    }
    return sent;
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
    String id = adapter.sendKeepingId(message).orElse(null);
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
