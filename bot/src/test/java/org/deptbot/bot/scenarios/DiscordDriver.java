package org.deptbot.bot.scenarios;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import org.deptbot.bot.discord.fake.FakeDiscord;
import org.deptbot.bot.discord.fake.FakeInteraction;
import org.deptbot.bot.discord.fake.FakeMessage;

/**
 * Direct messages with the bot through the fake Discord, which the real JDA client is connected to:
 * text arrives as MESSAGE_CREATE, a press as a button interaction on the bot's message.
 */
final class DiscordDriver implements ChatDriver {

  /** Not in the seed: linked to s-050 by {@link RunningBots}, as enrollment would. */
  static final long DISPATCHER = 400000000000000050L;

  private static final AtomicLong publicUsers = new AtomicLong(920_000);

  private final FakeDiscord discord;
  private final Map<String, Set<Long>> seen = new ConcurrentHashMap<>();

  DiscordDriver(FakeDiscord discord) {
    this.discord = discord;
  }

  @Override
  public String toString() {
    return "Discord";
  }

  @Override
  public Person newMemberOfThePublic() {
    return new Person(Long.toString(publicUsers.incrementAndGet()), "Sam");
  }

  @Override
  public Person dispatcher() {
    return new Person(Long.toString(DISPATCHER), "Kelly");
  }

  @Override
  public Person officer() {
    return new Person("400000000000000041", "Aisha");
  }

  @Override
  public Person sergeant() {
    return new Person("400000000000000040", "Priya");
  }

  @Override
  public void say(Person who, String text) {
    newTurn(who);
    discord.userSendsDm(user(who), who.name(), text);
  }

  @Override
  public boolean canReply() {
    return true;
  }

  @Override
  public void replyTo(Person who, Reply to, String text) {
    newTurn(who);
    discord.userRepliesInDm(user(who), who.name(), text, discord.message(Long.parseLong(to.id())));
  }

  @Override
  public boolean press(Person who, Reply on, String labelStart) {
    FakeMessage message = discord.message(Long.parseLong(on.id()));
    List<String> labels = message.buttonLabels().stream().flatMap(List::stream).toList();
    List<String> ids = message.buttonIds().stream().flatMap(List::stream).toList();
    int index = 0;
    while (index < labels.size() && !labels.get(index).startsWith(labelStart)) {
      index++;
    }
    if (index == labels.size()) {
      throw new AssertionError("no button " + labelStart + " on " + on);
    }
    newTurn(who);
    FakeInteraction press = discord.pressButton(user(who), who.name(), message, ids.get(index));
    return ChatDriver.await(
            press::acknowledged, Boolean::booleanValue, "the press was not acknowledged")
        && press.callbackType() == FakeInteraction.DEFERRED_UPDATE;
  }

  @Override
  public List<Reply> repliesSinceLastTurn(Person who) {
    Set<Long> before = seen.getOrDefault(who.id(), Set.of());
    return messages(who).stream()
        .filter(m -> !before.contains(m.id()))
        .map(DiscordDriver::reply)
        .toList();
  }

  @Override
  public Reply current(Person who, String messageId) {
    return messages(who).stream()
        .filter(m -> Long.toString(m.id()).equals(messageId))
        .map(DiscordDriver::reply)
        .findFirst()
        .orElse(null);
  }

  @Override
  public List<String> refusedCalls() {
    return discord.unservedCalls();
  }

  private void newTurn(Person who) {
    seen.put(who.id(), messages(who).stream().map(FakeMessage::id).collect(Collectors.toSet()));
  }

  private List<FakeMessage> messages(Person who) {
    return discord.botMessagesIn(discord.dmChannelOf(user(who)));
  }

  private static long user(Person who) {
    return Long.parseLong(who.id());
  }

  /** What a reader sees: the content, then each embed's title and description. */
  static Reply reply(FakeMessage message) {
    StringBuilder text = new StringBuilder(message.plainText());
    for (JsonNode embed : message.embeds()) {
      text.append('\n').append(embed.path("title").asText());
      text.append('\n').append(embed.path("description").asText().replaceAll("\\\\(.)", "$1"));
    }
    return new Reply(
        Long.toString(message.id()),
        text.toString().strip(),
        message.buttonLabels().stream().flatMap(List::stream).toList());
  }
}
