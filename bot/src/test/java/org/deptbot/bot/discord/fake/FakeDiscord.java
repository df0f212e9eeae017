package org.deptbot.bot.discord.fake;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.List;
import java.util.function.Predicate;
import org.awaitility.Awaitility;
import org.awaitility.core.ConditionTimeoutException;

/**
 * A fake Discord for end-to-end tests: one server with a text channel and an announcement channel,
 * REST and gateway on loopback, people who use slash commands, press buttons, fill in modals and
 * write DMs, and what the bot posted (and the modals it showed), for the test to read.
 */
public final class FakeDiscord implements AutoCloseable {

  private final FakeState state;
  private final FakeGateway gateway;
  private final FakeRest rest;
  private final Faults faults = new Faults();
  private final UserEvents people;
  private final FakeChannel general;
  private final FakeChannel announcements;

  private FakeDiscord(String token, String botName) {
    state = new FakeState(token, botName);
    general = state.addChannel("general", FakeChannel.TEXT);
    announcements = state.addChannel("announcements", FakeChannel.ANNOUNCEMENT);
    gateway = new FakeGateway(state);
    gateway.startAndWait();
    rest = new FakeRest(state, faults);
    people = new UserEvents(state, gateway, new MessageRoutes(state));
  }

  public static FakeDiscord start(String token, String botName) {
    return new FakeDiscord(token, botName);
  }

  /** The REST base address, ending in {@code /api/v10/}. */
  public String apiUrl() {
    return rest.url();
  }

  public String gatewayUrl() {
    return gateway.url();
  }

  public long guildId() {
    return state.guildId;
  }

  public FakeChannel general() {
    return general;
  }

  public FakeChannel announcements() {
    return announcements;
  }

  /**
   * Adds a server channel with a chosen id, such as one the department's seed names. Call it before
   * the bot connects: the channels reach the bot in the server's GUILD_CREATE.
   */
  public FakeChannel addChannel(long id, String name, boolean announcement) {
    return state.addChannel(id, name, announcement ? FakeChannel.ANNOUNCEMENT : FakeChannel.TEXT);
  }

  /** How often a client identified with the right token. */
  public int identifies() {
    return gateway.identifies();
  }

  public FakeInteraction slashCommand(long userId, String name, FakeChannel in, String command) {
    return slashCommand(userId, name, in, command, null);
  }

  /** A slash command, with {@code text} as its text option (null for none). */
  public FakeInteraction slashCommand(
      long userId, String name, FakeChannel in, String command, String text) {
    return people.slashCommand(state.user(userId, name), in, command, text);
  }

  public FakeInteraction pressButton(long userId, String name, FakeMessage on, String customId) {
    return people.pressButton(state.user(userId, name), on, customId);
  }

  /**
   * The person fills in the modal the bot showed for {@code shown} (each field with {@code value})
   * and submits it.
   */
  public FakeInteraction submitModal(
      long userId, String name, FakeInteraction shown, String value) {
    return people.submitModal(state.user(userId, name), shown, value);
  }

  /** Waits until the bot has answered {@code interaction} with a modal; null if it did not. */
  public FakeModal awaitModal(FakeInteraction interaction, Duration wait) {
    return await(interaction::modal, m -> m != null, wait);
  }

  public FakeMessage userSendsDm(long userId, String name, String text) {
    return people.directMessage(state.user(userId, name), text, List.of());
  }

  /** A DM replying to the bot's message {@code original} in that DM (Discord's reply). */
  public FakeMessage userRepliesInDm(long userId, String name, String text, FakeMessage original) {
    return people.directReply(state.user(userId, name), text, original);
  }

  /** A DM with files attached: the bot reads each through its signed link on the fake CDN. */
  public FakeMessage userSendsDm(long userId, String name, String text, FakeFile... files) {
    return people.directMessage(state.user(userId, name), text, List.of(files));
  }

  /** A file for {@link #userSendsDm(long, String, String, FakeFile...)}, with a fresh id. */
  public FakeFile file(String fileName, String contentType, byte[] bytes) {
    return new FakeFile(state.ids.next(), fileName, contentType, bytes);
  }

  /**
   * How long the attachment links handed out from now on work (a day by default); past it the CDN
   * answers 404. {@link Duration#ZERO} makes every new link expired by the time it is fetched.
   */
  public void attachmentLinksLastFor(Duration lifetime) {
    state.linkLifetime = lifetime;
  }

  /** Attachment downloads the CDN served, as paths. */
  public List<String> cdnDownloads() {
    return rest.cdn().served();
  }

  /** Attachment links the CDN refused (expired or not signed), as paths. */
  public List<String> cdnRefusals() {
    return rest.cdn().refused();
  }

  /**
   * The bot's next interaction callback arrives {@code late} after it was sent (a slow network, a
   * busy bot): past three seconds, Discord refuses it with 10062 Unknown interaction.
   */
  public void delayNextCallback(Duration late) {
    state.nextCallbackLate.set(late);
  }

  /**
   * Moves the fake's clock on, as if that much time had passed: interactions get older (three
   * seconds to acknowledge) and links closer to expiring, without the test waiting.
   */
  public void advanceClock(Duration by) {
    state.advance(by);
  }

  /**
   * Sets the language {@code userId}'s Discord is in ({@code es-ES}, {@code es-419}): every
   * interaction they make carries it as {@code locale}, as Discord sends it. Messages carry none.
   */
  public void userSpeaks(long userId, String locale) {
    state.locales.put(userId, locale);
  }

  /** A member of the server who has not done anything yet, so the bot can open a DM with them. */
  public void addMember(long userId, String name) {
    state.user(userId, name);
  }

  /** How many interaction callbacks the bot has sent, taken or refused. */
  public int callbacksReceived() {
    return state.callbacks.get();
  }

  /** The user's privacy settings refuse DMs from server members: sending them fails with 50007. */
  public void closeDms(long userId) {
    state.user(userId, "user" + userId);
    state.dmsClosed.add(userId);
  }

  public FakeChannel dmChannelOf(long userId) {
    return state.dmWith(userId);
  }

  /** The bot's messages in a channel that are not placeholders or deleted, oldest first. */
  public List<FakeMessage> botMessagesIn(FakeChannel channel) {
    return state.messages.stream()
        .filter(m -> m.channelId() == channel.id() && m.authorId() == state.bot.id())
        .filter(m -> !m.deleted() && (m.flags() & FakeMessage.LOADING) == 0)
        .toList();
  }

  /** Waits until the bot has posted {@code count} messages in the channel. */
  public List<FakeMessage> awaitBotMessages(FakeChannel channel, int count, Duration wait) {
    return await(() -> botMessagesIn(channel), l -> l.size() >= count, wait);
  }

  public FakeMessage message(long id) {
    return state.message(id).orElseThrow();
  }

  /** Waits until the interaction's original message satisfies {@code condition}. */
  public FakeMessage awaitOriginal(
      FakeInteraction interaction, Predicate<FakeMessage> condition, Duration wait) {
    return await(
        () -> state.message(interaction.originalMessageId()).orElse(null),
        m -> m != null && condition.test(m),
        wait);
  }

  /** The slash commands registered in the server, as the bot sent them. */
  public JsonNode serverCommands() {
    return state.commands.getOrDefault(Long.toString(state.guildId), DiscordJson.array());
  }

  /** The bot's global slash commands, as it sent them. */
  public JsonNode globalCommands() {
    return state.commands.getOrDefault("global", DiscordJson.array());
  }

  /** Waits until the bot has registered slash commands both globally and in the server. */
  public void awaitCommands(Duration wait) {
    await(() -> serverCommands().size() * globalCommands().size(), n -> n > 0, wait);
  }

  /** The names of the commands the person's menu shows in {@code in} (a server channel or DM). */
  public List<String> commandsSeenBy(long userId, String name, FakeChannel in) {
    return people.menu(state.user(userId, name), in).stream()
        .map(c -> c.path("name").asText())
        .toList();
  }

  /** Gives the member the Administrator permission in the server, as its owner could. */
  public void makeAdministrator(long userId) {
    state.administrators.add(userId);
  }

  /** The gateway intents the bot identified with (the last time). */
  public long identifiedIntents() {
    return gateway.lastIntents();
  }

  /**
   * The server becomes unavailable for a while, as in an outage at Discord: the gateway sends
   * GUILD_DELETE with {@code unavailable: true}, and the bot forgets its channels until {@link
   * #serverBack()}.
   */
  public void serverOutage() {
    gateway.serverUnavailable();
  }

  /** The server is available again: the gateway sends its GUILD_CREATE. */
  public void serverBack() {
    gateway.serverAvailable();
  }

  /**
   * Requests the fake refused for going over Discord's global limit (50 a second per bot, over
   * every connection with the bot's token; interaction callbacks and follow-ups not counted).
   */
  public long globalLimitViolations() {
    return state.globalLimit.violations();
  }

  /** Requests counted against the global limit and let through. */
  public long globalLimitRequests() {
    return state.globalLimit.requests();
  }

  /** The next {@code times} calls matching answer 429 with {@code Retry-After: seconds}. */
  public void rateLimitNext(String method, String pathRegex, int seconds, int times) {
    faults.add(method, pathRegex, RestResponse.rateLimited(seconds), times);
  }

  /** The next call matching fails with Discord's error {@code code}. */
  public void failNext(String method, String pathRegex, int status, int code, String message) {
    faults.add(method, pathRegex, RestResponse.error(status, code, message), 1);
  }

  /**
   * Records {@code count} crossposts made in {@code channel} {@code ago}, so the channel's hourly
   * publishing limit is used up (from {@link CrosspostLimits#PER_HOUR} on) until that time is an
   * hour past.
   */
  public void crosspostedEarlier(FakeChannel channel, int count, Duration ago) {
    state.crossposts.madeEarlier(channel.id(), java.time.Instant.now().minus(ago), count);
  }

  /** How many messages were published (crossposted) successfully. */
  public int crosspostsMade() {
    return state.crosspostCalls.get();
  }

  public int faultsServed() {
    return faults.served();
  }

  /** Calls the fake had no route for; a test expects none. */
  public List<String> unservedCalls() {
    return rest.unserved();
  }

  /** Every REST call so far, as {@code METHOD path}. */
  public List<String> calls() {
    return rest.calls();
  }

  /**
   * Polls {@code read} until {@code done} accepts its value; after {@code wait}, the last value.
   */
  static <T> T await(java.util.function.Supplier<T> read, Predicate<T> done, Duration wait) {
    try {
      return Awaitility.await()
          .atMost(wait)
          .pollDelay(Duration.ZERO)
          .pollInterval(Duration.ofMillis(20))
          .until(read::get, done);
    } catch (ConditionTimeoutException e) {
      return read.get(); // the caller's assertion says what was wrong with it
    }
  }

  @Override
  public void close() {
    rest.stop();
    try {
      gateway.stop(1000);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
