package org.deptbot.bot.telegram.fake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.LongStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The opt-in rate limits, latency and counters; the limits read a clock the test moves. */
class FakeTelegramRateLimitTest {

  private static final String TOKEN = "123456:test-token";
  private static final long SECOND = 1_000_000_000L;
  private static final ObjectMapper JSON = new ObjectMapper();

  private final HttpClient http = HttpClient.newHttpClient();
  private final AtomicLong clock = new AtomicLong(1_000 * SECOND);
  private FakeTelegram telegram;

  @BeforeEach
  void startFake() {
    telegram = FakeTelegram.start(TOKEN, "dept_bot");
    telegram.useClock(clock::get);
    telegram.enforceRateLimits(RateLimits.telegram());
  }

  @AfterEach
  void stopFake() {
    telegram.close();
  }

  @Test
  void aPrivateChatGetsOneMessagePerSecondAndA429LikeTelegrams() {
    telegram.addPrivateChats(42, 1);
    assertThat(text(42, "first").status).isEqualTo(200);

    // WHEN the bot sends again within the second, THEN Telegram's 429, and nothing is stored
    Reply limited = text(42, "second");
    assertThat(limited.status).isEqualTo(429);
    assertThat(limited.body.get("ok").asBoolean()).isFalse();
    assertThat(limited.body.get("error_code").asInt()).isEqualTo(429);
    assertThat(limited.body.get("description").asText())
        .isEqualTo("Too Many Requests: retry after 1");
    assertThat(limited.body.get("parameters").get("retry_after").asInt()).isEqualTo(1);
    advance(SECOND - 1);
    assertThat(text(42, "second").body.get("parameters").get("retry_after").asInt()).isEqualTo(1);
    assertThat(telegram.messagesTo(42)).hasSize(1);

    // AND a full second after the first it passes
    advance(1);
    assertThat(text(42, "second").status).isEqualTo(200);
    SendStats stats = telegram.stats();
    assertThat(stats.acceptedSends()).isEqualTo(2);
    assertThat(stats.chatViolations()).isEqualTo(2);
    assertThat(stats.totalViolations()).isEqualTo(2);
    assertThat(stats.messagesTo(42))
        .extracting(ReceivedMessage::text)
        .containsExactly("first", "second");
    assertThat(telegram.rejectedRequests()).isEmpty();
  }

  @Test
  void aGroupGetsTwentyPerMinuteAndRetryAfterRoundsUp() {
    telegram.createGroup(-100, "Riverton");
    for (int i = 0; i < 20; i++) {
      assertThat(text(-100, "notice " + i).status).isEqualTo(200);
    }
    assertThat(retryAfter(text(-100, "one too many"))).isEqualTo(60);
    advance(30 * SECOND + SECOND / 2);
    assertThat(retryAfter(text(-100, "one too many"))).isEqualTo(30);

    advance(29 * SECOND + SECOND / 2);
    assertThat(text(-100, "next minute").status).isEqualTo(200);
    assertThat(telegram.stats().groupViolations()).isEqualTo(2);
    assertThat(telegram.stats().violations(RateLimits.Scope.GROUP)).isEqualTo(2);
  }

  @Test
  void theBotGetsThirtyPerSecondOverAllChats() {
    telegram.addPrivateChats(1, 40);
    for (long chat = 1; chat <= 30; chat++) {
      assertThat(text(chat, "notice").status).isEqualTo(200);
    }
    assertThat(retryAfter(text(31, "notice"))).isEqualTo(1);
    assertThat(telegram.stats().globalViolations()).isEqualTo(1);
    assertThat(telegram.stats().chatViolations()).isZero();

    advance(SECOND);
    assertThat(text(31, "notice").status).isEqualTo(200);
  }

  @Test
  void theBotsLimitCountsEveryConnectionWithItsTokenTogether() {
    // two bot processes: each its own HTTP client and connections, one bot token
    HttpClient other = HttpClient.newHttpClient();
    telegram.addPrivateChats(1, 40);
    for (long chat = 1; chat <= 15; chat++) {
      assertThat(text(chat, "notice").status).isEqualTo(200);
      assertThat(
              call(other, "sendMessage", "{\"chat_id\":" + (chat + 15) + ",\"text\":\"n\"}").status)
          .isEqualTo(200);
    }
    assertThat(call(other, "sendMessage", "{\"chat_id\":31,\"text\":\"n\"}").status).isEqualTo(429);
    assertThat(telegram.stats().globalViolations()).isEqualTo(1);
  }

  @Test
  void editsAndDeletesCountButPollsAndCallbackAnswersDoNot() {
    telegram.userSends(42, "Ann", "hi");
    int id = text(42, "open").body.get("result").get("message_id").asInt();
    String edit = "{\"chat_id\":42,\"message_id\":" + id + ",\"text\":\"closed\"}";
    assertThat(call("editMessageText", edit).status).isEqualTo(429);
    for (int i = 0; i < 40; i++) {
      assertThat(call("getUpdates", "{}").status).isEqualTo(200);
    }
    telegram.pressButton(42, 42, id, "x");
    String answer = "{\"callback_query_id\":\"" + telegram.lastCallbackQueryId() + "\"}";
    assertThat(call("answerCallbackQuery", answer).status).isEqualTo(200);

    advance(SECOND);
    assertThat(call("editMessageText", edit).status).isEqualTo(200);
    advance(SECOND);
    String delete = "{\"chat_id\":42,\"message_id\":" + id + "}";
    assertThat(call("deleteMessage", delete).status).isEqualTo(200);
    SendStats stats = telegram.stats();
    assertThat(stats.acceptedSends()).isEqualTo(3);
    assertThat(stats.messageCount()).isEqualTo(1);
    assertThat(stats.chatViolations()).isEqualTo(1);
  }

  @Test
  void theCountersShowLostAndDuplicatedChatsAndResetToZero() {
    telegram.addPrivateChats(1, 3);
    long start = clock.get();
    text(1, "Road closed");
    advance(SECOND);
    text(2, "Road closed");
    advance(SECOND);
    text(1, "Road closed");
    text(1, "third too soon");

    SendStats stats = telegram.stats();
    assertThat(stats.lostChats(List.of(1L, 2L, 3L))).containsExactly(3L);
    assertThat(stats.duplicatedChats()).containsExactly(1L);
    assertThat(stats.firstReceivedNanos(2).getAsLong() - start).isEqualTo(SECOND);
    assertThat(stats.firstReceivedNanos(3)).isEmpty();
    assertThat(stats.span()).isEqualTo(Duration.ofSeconds(2));
    assertThat(stats.messagesPerSecond()).isEqualTo(1.0);
    assertThat(stats.messagesTo(1).get(0).receivedAt()).isNotNull();

    telegram.resetStats();
    SendStats reset = telegram.stats();
    assertThat(reset.acceptedSends()).isZero();
    assertThat(reset.totalViolations()).isZero();
    assertThat(reset.messagesByChat()).isEmpty();
    // the windows carry on: chat 1 still has to wait
    assertThat(text(1, "still too soon").status).isEqualTo(429);
  }

  @Test
  void concurrentSendsToDistinctChatsAreAllAccountedFor() throws Exception {
    telegram.enforceRateLimits(null);
    telegram.addPrivateChats(1, 800);

    List<Integer> statuses = sendFromThreads(8, 100);

    assertThat(statuses).hasSize(800).containsOnly(200);
    SendStats stats = telegram.stats();
    assertThat(stats.acceptedSends()).isEqualTo(800);
    assertThat(stats.messagesByChat()).hasSize(800);
    assertThat(stats.messagesByChat().values()).allSatisfy(list -> assertThat(list).hasSize(1));
    assertThat(stats.lostChats(LongStream.rangeClosed(1, 800).boxed().toList())).isEmpty();
    assertThat(stats.totalViolations()).isZero();
  }

  @Test
  void concurrentSendsWithinOneSecondPassExactlyThirty() throws Exception {
    telegram.addPrivateChats(1, 800);

    List<Integer> statuses = sendFromThreads(8, 100);

    // the clock stands still, so exactly the bot's 30 pass whatever the interleaving
    assertThat(statuses.stream().filter(status -> status == 200)).hasSize(30);
    assertThat(statuses.stream().filter(status -> status == 429)).hasSize(770);
    SendStats stats = telegram.stats();
    assertThat(stats.acceptedSends()).isEqualTo(30);
    assertThat(stats.messageCount()).isEqualTo(30);
    assertThat(stats.globalViolations()).isEqualTo(770);
    assertThat(stats.chatViolations()).isZero();
  }

  @Test
  void latencyDelaysEveryCallWithoutSerializingThem() throws Exception {
    telegram.addPrivateChats(1, 8);
    telegram.latency(Duration.ofMillis(500));
    ExecutorService clients = Executors.newFixedThreadPool(8);
    try {
      List<Future<Reply>> calls = new ArrayList<>();
      long started = System.nanoTime();
      for (long chat = 1; chat <= 8; chat++) {
        long to = chat;
        calls.add(clients.submit(() -> text(to, "notice")));
      }
      // all eight sleep at the same time rather than one after the other
      await("all eight calls in flight at once")
          .atMost(Duration.ofSeconds(10))
          .pollDelay(Duration.ZERO)
          .pollInterval(Duration.ofMillis(2))
          .until(telegram::callsInFlight, inFlight -> inFlight == 8);
      for (Future<Reply> call : calls) {
        assertThat(call.get().status).isEqualTo(200);
      }
      assertThat(Duration.ofNanos(System.nanoTime() - started))
          .isGreaterThanOrEqualTo(Duration.ofMillis(500));
    } finally {
      clients.shutdownNow();
    }
  }

  private List<Integer> sendFromThreads(int threads, int perThread) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      List<Future<List<Integer>>> results = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        long first = 1 + (long) t * perThread;
        results.add(
            pool.submit(
                () -> {
                  List<Integer> statuses = new ArrayList<>();
                  for (long chat = first; chat < first + perThread; chat++) {
                    statuses.add(text(chat, "Road closed").status);
                  }
                  return statuses;
                }));
      }
      List<Integer> all = new ArrayList<>();
      for (Future<List<Integer>> result : results) {
        all.addAll(result.get());
      }
      return all;
    } finally {
      pool.shutdownNow();
    }
  }

  private void advance(long nanos) {
    clock.addAndGet(nanos);
  }

  private static int retryAfter(Reply reply) {
    assertThat(reply.status).isEqualTo(429);
    int seconds = reply.body.get("parameters").get("retry_after").asInt();
    assertThat(reply.body.get("description").asText())
        .isEqualTo("Too Many Requests: retry after " + seconds);
    return seconds;
  }

  private Reply text(long chatId, String text) {
    return call("sendMessage", "{\"chat_id\":" + chatId + ",\"text\":\"" + text + "\"}");
  }

  private Reply call(String method, String json) {
    return call(http, method, json);
  }

  private Reply call(HttpClient client, String method, String json) {
    URI uri =
        URI.create(
            "http://" + telegram.host() + ":" + telegram.port() + "/bot" + TOKEN + "/" + method);
    HttpRequest request =
        HttpRequest.newBuilder(uri)
            .timeout(Duration.ofSeconds(15))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(json))
            .build();
    try {
      HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
      return new Reply(response.statusCode(), JSON.readTree(response.body()));
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private record Reply(int status, JsonNode body) {}
}
