package org.deptbot.bot.scenarios;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.deptbot.bot.telegram.fake.FakeTelegram;
import org.deptbot.bot.telegram.fake.InlineButton;
import org.deptbot.bot.telegram.fake.SentMessage;

/**
 * Private chats with the bot through the fake Bot API, which the real telegrambots client polls.
 */
final class TelegramDriver implements ChatDriver {

  static final long DISPATCHER = 700000050; // s-050 in the example seed
  private static final AtomicLong publicUsers = new AtomicLong(910_000);

  private final FakeTelegram telegram;
  private final Map<String, Integer> seenUpTo = new ConcurrentHashMap<>();

  TelegramDriver(FakeTelegram telegram) {
    this.telegram = telegram;
  }

  @Override
  public String toString() {
    return "Telegram";
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
    return new Person("700000031", "Jamie");
  }

  @Override
  public Person sergeant() {
    return new Person("700000030", "Tom");
  }

  @Override
  public void say(Person who, String text) {
    newTurn(who);
    telegram.userSends(chat(who), who.name(), text);
  }

  @Override
  public boolean canReply() {
    return true;
  }

  @Override
  public void replyTo(Person who, Reply to, String text) {
    newTurn(who);
    telegram.userReplies(chat(who), who.name(), text, Integer.parseInt(to.id()));
  }

  @Override
  public boolean press(Person who, Reply on, String labelStart) {
    SentMessage message = message(who, on.id());
    InlineButton button =
        message.buttons().stream()
            .flatMap(List::stream)
            .filter(b -> b.text().startsWith(labelStart))
            .findFirst()
            .orElseThrow(() -> new AssertionError("no button " + labelStart + " on " + on));
    newTurn(who);
    long update =
        telegram.pressButton(chat(who), chat(who), message.messageId(), button.callbackData());
    return telegram.awaitCallbackAnswered(telegram.callbackQueryId(update), WAIT);
  }

  @Override
  public List<Reply> repliesSinceLastTurn(Person who) {
    return telegram.messagesTo(chat(who)).stream()
        .skip(seenUpTo.getOrDefault(who.id(), 0))
        .map(TelegramDriver::reply)
        .toList();
  }

  @Override
  public Reply current(Person who, String messageId) {
    SentMessage message = message(who, messageId);
    return message == null ? null : reply(message);
  }

  @Override
  public List<String> refusedCalls() {
    return telegram.rejectedRequests();
  }

  private void newTurn(Person who) {
    seenUpTo.put(who.id(), telegram.messagesTo(chat(who)).size());
  }

  private SentMessage message(Person who, String messageId) {
    return telegram.messagesTo(chat(who)).stream()
        .filter(m -> Integer.toString(m.messageId()).equals(messageId))
        .findFirst()
        .orElse(null);
  }

  private static long chat(Person who) {
    return Long.parseLong(who.id()); // a private chat's id is the user's
  }

  private static Reply reply(SentMessage message) {
    return new Reply(
        Integer.toString(message.messageId()),
        message.currentText(),
        message.buttons().stream().flatMap(List::stream).map(InlineButton::text).toList());
  }
}
