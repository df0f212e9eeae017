package org.deptbot.bot.telegram.fake;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.function.LongSupplier;
import org.telegram.telegrambots.meta.TelegramUrl;

/**
 * A fake Telegram Bot API server on loopback for one bot. Point the real client at {@link
 * #telegramUrl()}; the fake answers {@code /bot<token>/<method>} with Telegram's semantics and
 * errors (see the package documentation), and the test drives users and reads what the bot did
 * through the methods below. All methods are thread-safe.
 *
 * <pre>{@code
 * try (FakeTelegram telegram = FakeTelegram.start("123:abc", "dept_bot")) {
 *   // start the bot against telegram.telegramUrl(), then:
 *   telegram.userSends(42, "Ann", "/start");
 *   SentMessage reply = telegram.awaitMessages(42, 1, Duration.ofSeconds(5)).get(0);
 * }
 * }</pre>
 */
public final class FakeTelegram implements AutoCloseable {

  private final String token;
  private final UpdateQueue updates = new UpdateQueue();
  private final CallbackQueries callbacks = new CallbackQueries();
  private final Chats chats;
  private final AccountMethods account;
  private final UserActivity users;
  private final UserFiles files = new UserFiles();
  private final Faults faults = new Faults();
  private final Traffic traffic = new Traffic();
  private final MessageMethods messages;
  private final ApiHandler handler;
  private final LoopbackServer server;

  private FakeTelegram(String token, String botUsername) {
    this.token = token;
    ObjectNode bot = TelegramJson.user(botUserId(token), "Fake " + botUsername, true, botUsername);
    chats = new Chats(bot);
    account = new AccountMethods(bot, updates, callbacks, chats);
    users = new UserActivity(chats, updates, callbacks, files);
    messages = new MessageMethods(chats);
    handler = new ApiHandler(token, account, messages, files, faults, traffic);
    server = new LoopbackServer(handler);
  }

  /** Starts a fake for the bot with this token and username on a free loopback port. */
  public static FakeTelegram start(String token, String botUsername) {
    return new FakeTelegram(token, botUsername);
  }

  // Real tokens start with the bot's user id.
  private static long botUserId(String token) {
    String prefix = token.contains(":") ? token.substring(0, token.indexOf(':')) : "";
    return prefix.matches("\\d{1,18}") ? Long.parseLong(prefix) : 7_000_000_001L;
  }

  public String host() {
    return LoopbackServer.HOST;
  }

  public int port() {
    return server.port();
  }

  /** The URL for {@code registerBot} and {@code new OkHttpTelegramClient(token, url)}. */
  public TelegramUrl telegramUrl() {
    return new TelegramUrl("http", host(), port(), false);
  }

  public String token() {
    return token;
  }

  public long botUserId() {
    return botUserId(token);
  }

  // ---- what users do; each returns the update_id queued for getUpdates ----

  /** A private message; it opens the chat (id = user id), and a leading /command is marked. */
  public long userSends(long userId, String firstName, String text) {
    return users.privateText(userId, firstName, text);
  }

  /**
   * The user's app is set to {@code language} (an IETF tag such as "es"): the {@code from} of their
   * later updates carries it as {@code language_code}, as Telegram's does.
   */
  public void userSpeaks(long userId, String language) {
    chats.setLanguage(userId, language);
  }

  /** A private message that replies to the bot's message {@code messageId} in that chat. */
  public long userReplies(long userId, String firstName, String text, int messageId) {
    return users.privateReply(userId, firstName, text, messageId);
  }

  /**
   * A private photo message with an optional caption; the photo is 54,321 bytes of filler (JPEG
   * magic first), which the bot can fetch with getFile.
   */
  public long userSendsPhoto(long userId, String firstName, String caption) {
    byte[] filler = new byte[54_321];
    filler[0] = (byte) 0xFF;
    filler[1] = (byte) 0xD8;
    filler[2] = (byte) 0xFF;
    return users.privatePhoto(userId, firstName, caption, filler);
  }

  /**
   * A private photo message with these bytes as the largest size (a thumbnail, its first 1,500
   * bytes, comes first, as Telegram always adds one). getFile and the download give the bytes back.
   */
  public long userSendsPhoto(long userId, String firstName, String caption, byte[] jpeg) {
    return users.privatePhoto(userId, firstName, caption, jpeg);
  }

  /** A private message with a file ("document") of this name, media type and content. */
  public long userSendsDocument(
      long userId, String firstName, String fileName, String mimeType, byte[] bytes) {
    return users.privateDocument(userId, firstName, fileName, mimeType, bytes, bytes.length);
  }

  /**
   * A private message with a file that declares {@code fileSize} bytes but holds none: over 20 MB,
   * getFile answers 400 "file is too big", as Telegram does to bots.
   */
  public long userSendsLargeDocument(
      long userId, String firstName, String fileName, String mimeType, long fileSize) {
    return users.privateDocument(userId, firstName, fileName, mimeType, new byte[0], fileSize);
  }

  /**
   * Subscribers who started the bot long ago: opens private chats with users {@code firstUserId} to
   * {@code firstUserId + count - 1} (named "User<id>") without queuing any update, so the bot may
   * message them. Cheap enough for thousands.
   */
  public void addPrivateChats(long firstUserId, int count) {
    chats.openPrivateChats(firstUserId, count);
  }

  /** A message in a supergroup (negative id), which makes the group known to the bot. */
  public long groupMessage(long chatId, long userId, String firstName, String text) {
    return users.groupText(chatId, userId, firstName, text);
  }

  /** Adds the bot to a supergroup without anyone writing there. */
  public void createGroup(long chatId, String title) {
    chats.openGroup(chatId, title);
  }

  /**
   * Adds the bot to a basic group (a negative id without the -100 prefix, such as -4000001), which
   * {@link #upgradeGroup} can turn into a supergroup.
   */
  public void createBasicGroup(long chatId, String title) {
    chats.openBasicGroup(chatId, title);
  }

  /**
   * A member upgrades the basic group to a supergroup, as Telegram does when a group gets big or an
   * admin changes certain settings. The supergroup gets a new id ({@code -100} and the old digits),
   * returned here; every call for the old id is refused from then on with 400 "group chat was
   * upgraded to a supergroup chat" and {@code parameters.migrate_to_chat_id}; and the bot gets the
   * two service messages as updates ({@code migrate_to_chat_id} in the old chat, {@code
   * migrate_from_chat_id} in the new one).
   */
  public long upgradeGroup(long groupId, long byUserId, String firstName) {
    return users.groupUpgraded(groupId, byUserId, firstName);
  }

  /**
   * A press on a button of the bot's message; the data is not checked against the keyboard, as a
   * client showing an older keyboard can send stale data. See {@link #lastCallbackQueryId()}.
   */
  public long pressButton(long userId, long chatId, int messageId, String callbackData) {
    return users.buttonPress(userId, chatId, messageId, callbackData);
  }

  /** getFile calls answered or refused, injected faults excepted. */
  public int getFileCalls() {
    return files.getFileCalls();
  }

  /** Files downloaded through {@code /file/bot<token>/<file_path>}. */
  public int fileDownloads() {
    return files.downloads();
  }

  /** sendPhoto calls that uploaded the photo's bytes and were accepted. */
  public int photoUploads() {
    return messages.photoUploads();
  }

  /** sendPhoto calls accepted with the file_id of a photo the bot uploaded earlier. */
  public int photoFileIdSends() {
    return messages.photoFileIdSends();
  }

  /**
   * From now on the file_ids of photos uploaded so far are refused (400 "wrong file identifier/HTTP
   * URL specified"), as after the bot's token changed: a file_id is valid only for the bot that got
   * it.
   */
  public void forgetFileIds() {
    messages.forgetFileIds();
  }

  /** The id of the latest callback query, for {@link #awaitCallbackAnswered}. */
  public String lastCallbackQueryId() {
    return callbacks.last();
  }

  /** The callback query id carried by the update {@link #pressButton} returned. */
  public String callbackQueryId(long updateId) {
    return callbacks.idOfUpdate(updateId);
  }

  /**
   * Queues an update again, as Telegram does when the bot never confirmed it. A getUpdates whose
   * offset is above the id confirms it again unseen, so the telegrambots client sees it only after
   * a restart (its offset starts over).
   */
  public void redeliver(long updateId) {
    updates.redeliver(updateId);
  }

  /**
   * The update as Telegram posts it to a webhook, whose body is the same JSON object getUpdates
   * returns. With several bots behind a load balancer, the test is the balancer and posts it to the
   * bot it picks.
   */
  public String updateJson(long updateId) {
    return updates.json(updateId);
  }

  /** From now on sending to this user answers 403 until the user writes again. */
  public void userBlocksBot(long userId) {
    chats.blockBot(userId);
  }

  /**
   * Makes every message the bot sent to the chat so far older by {@code by}, as if that time had
   * passed: a message 48 hours old or more can no longer be deleted (400 "message can't be
   * deleted") unless {@link #grantDeleteRight} was called for the chat.
   */
  public void ageMessages(long chatId, Duration by) {
    chats.age(chatId, by.toSeconds());
  }

  /**
   * The bot becomes an administrator of the chat with the can_delete_messages right, so it may
   * delete messages of any age there. By default it is not.
   */
  public void grantDeleteRight(long chatId) {
    chats.grantDeleteRight(chatId);
  }

  // ---- what the bot did ----

  /** Messages the bot sent to the chat since the last {@link #reset()}, in order. */
  public List<SentMessage> messagesTo(long chatId) {
    return chats.messagesTo(chatId);
  }

  /** Waits until the bot sent at least that many; throws AssertionError listing what it got. */
  public List<SentMessage> awaitMessages(long chatId, int atLeast, Duration timeout) {
    try {
      return chats.awaitMessages(chatId, atLeast, timeout);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError("interrupted while waiting for messages to " + chatId, e);
    }
  }

  public Set<String> answeredCallbackQueries() {
    return callbacks.answeredIds();
  }

  public List<CallbackAnswer> callbackAnswers() {
    return callbacks.answers();
  }

  public boolean awaitCallbackAnswered(String queryId, Duration timeout) {
    try {
      return callbacks.awaitAnswered(queryId, timeout);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  /** The menu set for the default scope (no scope given). */
  public List<BotCommand> myCommands() {
    return account.commandsSeenBy(0, 0);
  }

  /**
   * The command menu this user sees in this chat (a private chat's id is the user's), by Telegram's
   * order of scopes: in a private chat the chat's own scope, then all private chats, then default;
   * in a group the member's scope, the chat's administrators' (if the user is one), the chat's, all
   * chat administrators' (likewise), all group chats', then default. Language-specific menus are
   * not modelled: only the lists set without a language_code count.
   */
  public List<BotCommand> commandsSeenBy(long userId, long chatId) {
    return account.commandsSeenBy(userId, chatId);
  }

  /** Makes the user an administrator of the group, for the administrators' command scopes. */
  public void makeAdministrator(long chatId, long userId) {
    account.makeAdministrator(chatId, userId);
  }

  /** The webhook URL set, or "" (long polling). */
  public String webhookUrl() {
    return account.webhookUrl();
  }

  public String webhookSecretToken() {
    return account.webhookSecret();
  }

  /** The highest offset any getUpdates passed: updates below it are confirmed. */
  public long confirmedOffset() {
    return updates.confirmedOffset();
  }

  /** getUpdates calls that reached the queue; injected failures and webhook conflicts do not. */
  public int getUpdatesCalls() {
    return updates.calls();
  }

  /** Long polls ended by a newer getUpdates (409), which rejectedRequests leaves out. */
  public int getUpdatesConflicts() {
    return handler.pollConflicts();
  }

  /**
   * "method: description" of every error answered since the last {@link #reset()}, except injected
   * ones and ended long polls; assert it is empty to show the bot sent nothing invalid.
   */
  public List<String> rejectedRequests() {
    return handler.rejected();
  }

  // ---- failure injection ----

  /**
   * The next {@code times} calls of the method answer 429 with this retry_after, and do nothing.
   */
  public void failNext(String method, int times, int retryAfterSeconds) {
    String description = "Too Many Requests: retry after " + retryAfterSeconds;
    faults.add(method, times, new ApiError(429, description, retryAfterSeconds));
  }

  /** The next {@code times} calls of the method answer this error, and do nothing. */
  public void failNextWith(String method, int times, int errorCode, String description) {
    faults.add(method, times, new ApiError(errorCode, description));
  }

  /**
   * How many calls were answered with an error queued by {@link #failNext} or {@link #failNextWith}
   * so far: a test can wait for the bot to have met the error before it goes on.
   */
  public int injectedErrorsAnswered() {
    return faults.answered();
  }

  /** Forgets the faults queued by {@link #failNext} and {@link #failNextWith} not answered yet. */
  public void clearFaults() {
    faults.clear();
  }

  /**
   * Until {@link #recover()}, every call is answered with an HTML page and this HTTP status (200,
   * 502 ...), as a proxy, captive portal or Telegram's own front end does when the Bot API behind
   * it is unavailable. It is not a Bot API reply: those are always a JSON object with "ok".
   */
  public void answerHtml(int status) {
    handler.answerHtml(status);
  }

  /**
   * Until {@link #recover()}, connecting to the fake is refused, as when Telegram cannot be
   * reached; calls in flight, long polls included, are cut.
   */
  public void goOffline() {
    server.closePort();
  }

  /**
   * Answers as the Bot API again, on the same port, after {@link #answerHtml} or {@link
   * #goOffline}.
   */
  public void recover() {
    handler.answerHtml(0);
    server.reopen();
  }

  // ---- rate limits, latency and counters, for delivery tests and benchmarks ----

  /**
   * From now on sending calls (sendMessage, sendPhoto, editMessageText, editMessageCaption,
   * deleteMessage) over a limit answer 429 with {@code retry_after}, do nothing, and count as a
   * violation in {@link #stats()} (not in {@link #rejectedRequests()}). Calling it again starts
   * with empty windows; null stops enforcing.
   */
  public void enforceRateLimits(RateLimits limits) {
    traffic.enforce(limits);
  }

  /** Every call waits this long before it is handled, like a network round trip; 0 for none. */
  public void latency(Duration latency) {
    traffic.latency(latency);
  }

  /** What the fake counted since it started or since {@link #resetStats()}. */
  public SendStats stats() {
    return traffic.stats();
  }

  /** Zeroes the counters; the rate-limit windows carry on (see {@link #enforceRateLimits}). */
  public void resetStats() {
    traffic.resetStats();
  }

  /** Calls being handled now, for tests of the fake's concurrency. */
  int callsInFlight() {
    return server.inFlight();
  }

  /** For deterministic tests: the nanosecond clock the limits and stats read. */
  void useClock(LongSupplier nanos) {
    traffic.useClock(nanos);
  }

  /**
   * Forgets recorded messages, callback answers and rejected requests. Update ids, message ids,
   * known chats and the command menu stay, and earlier messages can still be edited or pressed.
   */
  public void reset() {
    chats.hideSent();
    callbacks.clearRecords();
    handler.clearRejected();
  }

  @Override
  public void close() {
    updates.close();
    server.stop();
  }
}
