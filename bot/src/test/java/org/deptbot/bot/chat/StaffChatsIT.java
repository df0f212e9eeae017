package org.deptbot.bot.chat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.deptbot.core.testing.StaffFixtures.member;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.deptbot.core.staff.ChatIdentity;
import org.deptbot.core.staff.ChatLink;
import org.deptbot.core.staff.ChatLinks;
import org.deptbot.core.staff.ChatPlatform;
import org.deptbot.core.staff.Role;
import org.deptbot.core.staff.StaffMembers;
import org.deptbot.core.testing.TestMongo;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class StaffChatsIT {

  private final List<Outgoing> sent = new ArrayList<>();
  private StaffMembers staff;
  private StaffChats chats;
  private ChatLinks links;
  private ChatAdapter telegram;

  @BeforeEach
  void setUp() {
    var mongo = TestMongo.newDatabase();
    staff = new StaffMembers(mongo);
    links = new ChatLinks(mongo);
    staff.save(member("sgt", Role.SUPERVISOR));
    links.linkIfFree(
        ChatLink.of(
            new ChatIdentity(ChatPlatform.TELEGRAM, "700000040"),
            "sgt",
            Instant.now(),
            ChatLink.Source.ENROLLMENT));
    telegram =
        new ChatAdapter() {
          @Override
          public ChatPlatform platform() {
            return ChatPlatform.TELEGRAM;
          }

          @Override
          public void deliver(Incoming cause, List<Outgoing> replies) {
            sent.addAll(replies);
          }
        };
    chats = new StaffChats(links, staff, List.of(telegram));
  }

  @Test
  void aDeactivatedMemberIsSentNothingThoughTheirChatStaysLinked() {
    assertThat(chats.sendToMember("sgt", StaffChatsIT::card)).hasSize(1);
    sent.clear();

    staff.save(staff.byId("sgt").orElseThrow().deactivated());

    assertThat(chats.sendToMember("sgt", StaffChatsIT::card)).isEmpty();
    assertThat(sent).isEmpty();
  }

  @Test
  void someoneNotOnTheRosterIsSentNothing() {
    assertThat(chats.sendToMember("nobody", StaffChatsIT::card)).isEmpty();
    assertThat(sent).isEmpty();
  }

  @Test
  void aPlatformThatFailsIsReportedForItsChatAndTheOtherChatsStillGetTheMessage() {
    links.linkIfFree(
        ChatLink.of(
            new ChatIdentity(ChatPlatform.DISCORD, "400000000000000040"),
            "sgt",
            Instant.now(),
            ChatLink.Source.ENROLLMENT));
    ChatAdapter failing =
        new ChatAdapter() {
          @Override
          public ChatPlatform platform() {
            return ChatPlatform.DISCORD;
          }

          @Override
          public void deliver(Incoming cause, List<Outgoing> replies) {
            throw new IllegalStateException("Discord could not be reached");
          }
        };
    chats = new StaffChats(links, staff, List.of(failing, telegram));

    List<StaffChats.Reach> reached = chats.sendToMember("sgt", StaffChatsIT::card);

    assertThat(reached)
        .extracting(r -> r.chat().platform(), r -> r.outcome().getClass())
        .containsExactlyInAnyOrder(
            tuple(ChatPlatform.TELEGRAM, SendOutcome.Delivered.class),
            tuple(ChatPlatform.DISCORD, SendOutcome.Unreachable.class));
    assertThat(sent).hasSize(1);

    // a chat the caller names is skipped
    sent.clear();
    assertThat(
            chats.sendToMember(
                "sgt", StaffChatsIT::card, c -> c.platform() == ChatPlatform.TELEGRAM))
        .extracting(r -> r.chat().platform())
        .containsExactly(ChatPlatform.DISCORD);
    assertThat(sent).isEmpty();
  }

  private static Outgoing.Send card(ChatIdentity identity) {
    return new Outgoing.Send(
        StaffChats.privateChat(identity), RichText.plain("Case R-2026-000001"), List.of(), null);
  }
}
