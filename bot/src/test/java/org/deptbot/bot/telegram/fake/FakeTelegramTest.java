package org.deptbot.bot.telegram.fake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class FakeTelegramTest {

  private static final String TOKEN = "123456:test-token";
  private static final long ANN = 42;
  private static final ObjectMapper JSON = new ObjectMapper();

  private final HttpClient http = HttpClient.newHttpClient();
  private FakeTelegram telegram;

  @BeforeEach
  void startFake() {
    telegram = FakeTelegram.start(TOKEN, "dept_bot");
  }

  @AfterEach
  void stopFake() {
    telegram.close();
  }

  @Test
  void getMeAnswersTheBotAndDeleteWebhookAnswersTrue() {
    JsonNode me = call("getMe", "{}").body.get("result");
    assertThat(me.get("id").asLong()).isEqualTo(123456);
    assertThat(me.get("is_bot").asBoolean()).isTrue();
    assertThat(me.get("username").asText()).isEqualTo("dept_bot");
    assertThat(me.get("first_name").asText()).isNotBlank();

    assertThat(call("deleteWebhook", "{}").body.get("result").asBoolean()).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {"has space", "sl/ash", "dot.ted", "ümlaut"})
  void setWebhookRefusesASecretTokenTelegramWouldNotSend(String secret) {
    Reply refused =
        call(
            "setWebhook",
            "{\"url\":\"https://bot.example/hook\",\"secret_token\":" + quote(secret) + "}");

    assertThat(refused.status).isEqualTo(400);
    assertThat(refused.body.get("description").asText()).contains("secret token");
    assertThat(telegram.webhookUrl()).isEmpty();
  }

  @Test
  void setWebhookTakesASecretTokenOfLettersDigitsUnderscoresAndDashes() {
    String secret = "Ab9_-" + "x".repeat(251);

    Reply accepted =
        call(
            "setWebhook",
            "{\"url\":\"https://bot.example/hook\",\"secret_token\":\"" + secret + "\"}");

    assertThat(accepted.status).isEqualTo(200);
    assertThat(telegram.webhookSecretToken()).isEqualTo(secret);
    assertThat(
            call(
                    "setWebhook",
                    "{\"url\":\"https://bot.example/hook\",\"secret_token\":\"" + secret + "x\"}")
                .status)
        .as("257 characters")
        .isEqualTo(400);
  }

  @Test
  void anotherTokenIsUnauthorizedAndAnUnknownMethodIsNotFound() {
    Reply wrongToken = post("/bot999:other/getMe", "{}");
    assertThat(wrongToken.status).isEqualTo(401);
    assertThat(wrongToken.body.get("description").asText()).isEqualTo("Unauthorized");

    Reply unknown = call("sendDice", "{}");
    assertThat(unknown.status).isEqualTo(404);
    assertThat(unknown.body.get("ok").asBoolean()).isFalse();
    assertThat(unknown.body.get("error_code").asInt()).isEqualTo(404);
    assertThat(unknown.body.get("description").asText()).isEqualTo("Not Found: method not found");
  }

  @Test
  void anOffsetConfirmsEveryUpdateBelowIt() {
    // GIVEN three messages from Ann
    long first = telegram.userSends(ANN, "Ann", "one");
    long second = telegram.userSends(ANN, "Ann", "two");
    long third = telegram.userSends(ANN, "Ann", "three");
    assertThat(second).isEqualTo(first + 1);
    assertThat(third).isEqualTo(first + 2);

    // WHEN the bot polls without an offset, THEN all come, in order, and stay queued
    assertThat(updateIds(call("getUpdates", "{}"))).containsExactly(first, second, third);
    assertThat(updateIds(call("getUpdates", "{\"limit\":2}"))).containsExactly(first, second);

    // WHEN it confirms the first, THEN only the others come
    assertThat(updateIds(call("getUpdates", "{\"offset\":" + second + "}")))
        .containsExactly(second, third);
    assertThat(telegram.confirmedOffset()).isEqualTo(second);

    // AND a lower offset later brings nothing back
    assertThat(updateIds(call("getUpdates", "{\"offset\":" + first + "}")))
        .containsExactly(second, third);
    assertThat(telegram.confirmedOffset()).isEqualTo(second);
    assertThat(telegram.getUpdatesCalls()).isEqualTo(4);
  }

  @Test
  void aPrivateMessageCarriesTheUserAndMarksItsCommand() {
    telegram.userSends(ANN, "Ann", "/report@dept_bot stolen bike");

    JsonNode message = call("getUpdates", "{}").body.get("result").get(0).get("message");
    assertThat(message.get("from").get("id").asLong()).isEqualTo(ANN);
    assertThat(message.get("from").get("first_name").asText()).isEqualTo("Ann");
    assertThat(message.get("chat").get("id").asLong()).isEqualTo(ANN);
    assertThat(message.get("chat").get("type").asText()).isEqualTo("private");
    assertThat(message.get("text").asText()).isEqualTo("/report@dept_bot stolen bike");
    JsonNode entity = message.get("entities").get(0);
    assertThat(entity.get("type").asText()).isEqualTo("bot_command");
    assertThat(entity.get("offset").asInt()).isZero();
    assertThat(entity.get("length").asInt()).isEqualTo("/report@dept_bot".length());
  }

  @Test
  void aUserPhotoComesWithSizesAndCaption() {
    telegram.userSendsPhoto(ANN, "Ann", "the bike");

    JsonNode message = call("getUpdates", "{}").body.get("result").get(0).get("message");
    assertThat(message.get("caption").asText()).isEqualTo("the bike");
    assertThat(message.get("photo").size()).isEqualTo(2);
    assertThat(message.get("photo").get(1).get("file_id").asText()).isNotBlank();
    assertThat(call("sendMessage", sendJson("thanks")).status).isEqualTo(200);
  }

  @Test
  void aLongPollReturnsAsSoonAsAnUpdateArrives() throws Exception {
    // GIVEN a long poll waiting on an empty queue
    CompletableFuture<Reply> poll =
        CompletableFuture.supplyAsync(() -> call("getUpdates", "{\"timeout\":50}"));
    awaitCondition(() -> telegram.getUpdatesCalls() == 1);

    // WHEN Ann writes
    long started = System.nanoTime();
    long update = telegram.userSends(ANN, "Ann", "hello");

    // THEN the poll answers at once with her message
    assertThat(updateIds(poll.get())).containsExactly(update);
    assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(2));
  }

  @Test
  void aLongPollWithNothingToReturnEndsEmptyAfterItsTimeout() {
    long started = System.nanoTime();
    assertThat(updateIds(call("getUpdates", "{\"timeout\":1}"))).isEmpty();
    assertThat(Duration.ofNanos(System.nanoTime() - started))
        .isGreaterThanOrEqualTo(Duration.ofMillis(900));

    // a timeout of 0 does not wait: well under a long poll of 3 s even on a busy machine
    started = System.nanoTime();
    assertThat(updateIds(call("getUpdates", "{\"timeout\":0}"))).isEmpty();
    assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(3));
  }

  @Test
  void aSecondPollEndsTheWaitingOneWithAConflict() throws Exception {
    CompletableFuture<Reply> older =
        CompletableFuture.supplyAsync(() -> call("getUpdates", "{\"timeout\":5}"));
    awaitCondition(() -> telegram.getUpdatesCalls() == 1);

    call("getUpdates", "{\"timeout\":0}");

    assertThat(older.get().status).isEqualTo(409);
    assertThat(older.get().body.get("description").asText()).startsWith("Conflict: terminated");
    assertThat(telegram.getUpdatesConflicts()).isEqualTo(1);
    assertThat(telegram.rejectedRequests()).isEmpty();
  }

  @Test
  void aRedeliveredUpdateComesAgainWithTheSameIdAndContent() {
    // GIVEN an update the bot fetched and confirmed
    long update = telegram.userSends(ANN, "Ann", "hello");
    JsonNode delivered = call("getUpdates", "{}").body.get("result").get(0);
    assertThat(updateIds(call("getUpdates", "{\"offset\":" + (update + 1) + "}"))).isEmpty();

    // WHEN Telegram redelivers it to a bot that starts over
    telegram.redeliver(update);

    // THEN it comes unchanged
    assertThat(call("getUpdates", "{}").body.get("result").get(0)).isEqualTo(delivered);
  }

  @Test
  void theBotCannotStartAConversationWithAUser() {
    Reply reply = call("sendMessage", "{\"chat_id\":42,\"text\":\"hi\"}");
    assertThat(reply.status).isEqualTo(403);
    assertThat(reply.body.get("description").asText())
        .isEqualTo("Forbidden: bot can't initiate conversation with a user");

    Reply group = call("sendMessage", "{\"chat_id\":-100,\"text\":\"hi\"}");
    assertThat(group.status).isEqualTo(400);
    assertThat(group.body.get("description").asText()).isEqualTo("Bad Request: chat not found");
    assertThat(telegram.messagesTo(ANN)).isEmpty();
  }

  @Test
  void addedSubscribersCanBeMessagedWithoutAnyUpdate() {
    telegram.addPrivateChats(1_000, 2_000);

    assertThat(call("sendMessage", "{\"chat_id\":1000,\"text\":\"first\"}").status).isEqualTo(200);
    assertThat(call("sendMessage", "{\"chat_id\":2999,\"text\":\"last\"}").status).isEqualTo(200);
    assertThat(call("sendMessage", "{\"chat_id\":3000,\"text\":\"beyond\"}").status).isEqualTo(403);
    assertThat(updates(call("getUpdates", "{}"))).isEmpty();
    assertThat(telegram.messagesTo(2999).get(0).plainText()).isEqualTo("last");
  }

  @Test
  void aReplyIsRecordedAsSentAndParsed() {
    // GIVEN Ann wrote first (her message is number 1 in the chat)
    telegram.userSends(ANN, "Ann", "/start");

    // WHEN the bot answers with HTML and a keyboard, the chat id as a string like telegrambots
    Reply reply =
        call(
            "sendMessage",
            "{\"chat_id\":\"42\",\"text\":\"<b>Report</b> &lt;R-1&gt; &amp; more &#128110;\","
                + "\"parse_mode\":\"HTML\",\"link_preview_options\":{\"is_disabled\":true},"
                + "\"reply_markup\":{\"inline_keyboard\":[[{\"text\":\"Open\","
                + "\"callback_data\":\"open:R-1\"},{\"text\":\"Site\",\"url\":\"https://x.org\"}]]}}");

    // THEN Telegram's Message comes back and the fake recorded it
    assertThat(reply.status).isEqualTo(200);
    JsonNode message = reply.body.get("result");
    assertThat(message.get("message_id").asInt()).isEqualTo(2);
    assertThat(message.get("chat").get("id").asLong()).isEqualTo(ANN);
    assertThat(message.get("from").get("is_bot").asBoolean()).isTrue();
    assertThat(message.get("text").asText()).isEqualTo("Report <R-1> & more \uD83D\uDC6E");
    SentMessage sent = telegram.messagesTo(ANN).get(0);
    assertThat(sent.plainText()).isEqualTo("Report <R-1> & more \uD83D\uDC6E");
    assertThat(sent.rawText()).startsWith("<b>Report</b>");
    assertThat(sent.parseMode()).isEqualTo("HTML");
    assertThat(sent.buttons())
        .containsExactly(
            List.of(new InlineButton("Open", "open:R-1"), new InlineButton("Site", null)));
    assertThat(sent.callbackData()).containsExactly("open:R-1");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "<b>unclosed",
        "a < b",
        "Q&A",
        "&nbsp;",
        "line<br>break",
        "<b><i>crossed</b></i>",
        "stray</b>",
        "<a href=https://x.org/?a=1&b=2>link</a>",
        "<span>not a spoiler</span>",
        "<b =x>empty attribute name</b>",
        "<i class>valueless attribute</i>"
      })
  void invalidHtmlIsRejectedLikeTelegramDoes(String text) {
    telegram.userSends(ANN, "Ann", "hi");

    Reply reply = call("sendMessage", sendJson(text));

    assertThat(reply.status).isEqualTo(400);
    assertThat(reply.body.get("description").asText())
        .startsWith("Bad Request: can't parse entities: ");
    assertThat(telegram.messagesTo(ANN)).isEmpty();
    assertThat(telegram.rejectedRequests()).singleElement().asString().startsWith("sendMessage: ");
  }

  @Test
  void everyAllowedTagParses() {
    telegram.userSends(ANN, "Ann", "hi");
    String html =
        "<b>b</b><strong>s</strong><i>i</i><em>e</em><u>u</u><ins>n</ins><s>s</s>"
            + "<strike>k</strike><del>d</del><a href=\"https://x.org/?a=1&amp;b=2\">a</a>"
            + "<code>c</code><pre><code class=\"language-java\">p</code></pre>"
            + "<tg-spoiler>t</tg-spoiler><span class=\"tg-spoiler\">x</span>"
            + "<blockquote expandable>q</blockquote><B>upper</B>";

    assertThat(call("sendMessage", sendJson(html)).status).isEqualTo(200);
    assertThat(telegram.messagesTo(ANN).get(0).plainText()).isEqualTo("bsieunskdacptxqupper");
  }

  @Test
  void theLengthLimitCountsTheTextAfterParsing() {
    telegram.userSends(ANN, "Ann", "hi");
    String full = "x".repeat(4096);

    assertThat(call("sendMessage", sendJson("<b>" + full + "</b>")).status).isEqualTo(200);
    assertThat(call("sendMessage", sendJson("&amp;".repeat(4096))).status).isEqualTo(200);

    Reply tooLong = call("sendMessage", sendJson(full + "&lt;"));
    assertThat(tooLong.body.get("description").asText())
        .isEqualTo("Bad Request: message is too long");
    Reply empty = call("sendMessage", sendJson("<b> </b>"));
    assertThat(empty.body.get("description").asText())
        .isEqualTo("Bad Request: message text is empty");
  }

  @Test
  void callbackDataIsLimitedTo64Bytes() {
    telegram.userSends(ANN, "Ann", "hi");

    assertThat(call("sendMessage", keyboardJson("a".repeat(64))).status).isEqualTo(200);
    // 32 two-byte letters are 64 bytes; 33 are too many although only 33 characters
    assertThat(call("sendMessage", keyboardJson("é".repeat(32))).status).isEqualTo(200);
    for (String data : List.of("a".repeat(65), "é".repeat(33), "")) {
      Reply reply = call("sendMessage", keyboardJson(data));
      assertThat(reply.status).isEqualTo(400);
      assertThat(reply.body.get("description").asText())
          .isEqualTo("Bad Request: BUTTON_DATA_INVALID");
    }
    assertThat(telegram.messagesTo(ANN)).hasSize(2);
  }

  @Test
  void injectedRateLimitsAnswer429AndDeliverNothing() {
    telegram.userSends(ANN, "Ann", "hi");
    telegram.failNext("sendMessage", 2, 7);

    for (int i = 0; i < 2; i++) {
      Reply limited = call("sendMessage", sendJson("hello"));
      assertThat(limited.status).isEqualTo(429);
      assertThat(limited.body.get("error_code").asInt()).isEqualTo(429);
      assertThat(limited.body.get("description").asText())
          .isEqualTo("Too Many Requests: retry after 7");
      assertThat(limited.body.get("parameters").get("retry_after").asInt()).isEqualTo(7);
    }
    assertThat(call("sendMessage", sendJson("hello")).status).isEqualTo(200);

    assertThat(telegram.messagesTo(ANN)).hasSize(1);
    assertThat(telegram.rejectedRequests()).isEmpty();
  }

  @Test
  void editsAreRecordedAndAnEditWithoutChangesIsRefused() {
    telegram.userSends(ANN, "Ann", "hi");
    int id = call("sendMessage", keyboardJson("go")).body.get("result").get("message_id").asInt();
    String keyboard = "{\"inline_keyboard\":[[{\"text\":\"Go\",\"callback_data\":\"go\"}]]}";

    String edit =
        "{\"chat_id\":42,\"message_id\":"
            + id
            + ",\"text\":\"<i>done</i>\",\"parse_mode\":\"HTML\",\"reply_markup\":"
            + keyboard
            + "}";
    Reply edited = call("editMessageText", edit);
    assertThat(edited.body.get("result").get("text").asText()).isEqualTo("done");
    Reply same = call("editMessageText", edit);
    assertThat(same.body.get("description").asText())
        .startsWith("Bad Request: message is not modified");
    // without reply_markup Telegram removes the keyboard
    call("editMessageText", "{\"chat_id\":42,\"message_id\":" + id + ",\"text\":\"closed\"}");
    Reply missing = call("editMessageText", "{\"chat_id\":42,\"message_id\":99,\"text\":\"x\"}");
    assertThat(missing.body.get("description").asText())
        .isEqualTo("Bad Request: message to edit not found");

    SentMessage sent = telegram.messagesTo(ANN).get(0);
    assertThat(sent.plainText()).isEqualTo("pick");
    assertThat(sent.editHistory()).containsExactly("done", "closed");
    assertThat(sent.currentText()).isEqualTo("closed");
    assertThat(sent.buttons()).isEmpty();
  }

  @Test
  void editMessageReplyMarkupReplacesTheKeyboard() {
    telegram.userSends(ANN, "Ann", "hi");
    int id = call("sendMessage", keyboardJson("go")).body.get("result").get("message_id").asInt();

    Reply reply =
        call(
            "editMessageReplyMarkup",
            "{\"chat_id\":42,\"message_id\":"
                + id
                + ",\"reply_markup\":{\"inline_keyboard\":[[{\"text\":\"B\",\"callback_data\":\"b\"}]]}}");

    assertThat(reply.status).isEqualTo(200);
    assertThat(telegram.messagesTo(ANN).get(0).buttons())
        .containsExactly(List.of(new InlineButton("B", "b")));
    assertThat(call("deleteMessage", "{\"chat_id\":42,\"message_id\":" + id + "}").status)
        .isEqualTo(200);
    assertThat(telegram.messagesTo(ANN).get(0).deleted()).isTrue();
  }

  @Test
  void aMessageCanBeDeletedOnlyWithin48HoursUnlessTheBotHoldsTheDeleteRight() {
    long group = -1001000000077L;
    telegram.createGroup(group, "Alerts");
    String text = "{\"chat_id\":" + group + ",\"text\":\"notice\"}";
    int fresh = call("sendMessage", text).body.get("result").get("message_id").asInt();
    int old = call("sendMessage", text).body.get("result").get("message_id").asInt();
    telegram.ageMessages(group, Duration.ofHours(48));
    int recent = call("sendMessage", text).body.get("result").get("message_id").asInt();

    Reply refused = call("deleteMessage", deleteJson(group, old));
    assertThat(refused.status).isEqualTo(400);
    assertThat(refused.body.get("description").asText())
        .isEqualTo("Bad Request: message can't be deleted");
    assertThat(call("deleteMessage", deleteJson(group, recent)).status).isEqualTo(200);
    assertThat(telegram.messagesTo(group))
        .extracting(SentMessage::deleted)
        .containsExactly(false, false, true);

    Reply editGone =
        call(
            "editMessageText",
            "{\"chat_id\":" + group + ",\"message_id\":" + recent + ",\"text\":\"found\"}");
    assertThat(editGone.body.get("description").asText())
        .isEqualTo("Bad Request: message to edit not found");

    telegram.grantDeleteRight(group);
    assertThat(call("deleteMessage", deleteJson(group, fresh)).status).isEqualTo(200);
    Reply gone = call("deleteMessage", deleteJson(group, fresh));
    assertThat(gone.body.get("description").asText())
        .isEqualTo("Bad Request: message to delete not found");
  }

  @Test
  void anUpgradedGroupAnswersWithItsNewIdAndTheBotHearsOfTheMigration() {
    long group = -4000001L;
    telegram.createBasicGroup(group, "Alerts");
    call("getUpdates", "{\"offset\":-1}");
    String toGroup = "{\"chat_id\":" + group + ",\"text\":\"notice\"}";
    int old = call("sendMessage", toGroup).body.get("result").get("message_id").asInt();

    long supergroup = telegram.upgradeGroup(group, ANN, "Ann");

    assertThat(supergroup).isEqualTo(-1000004000001L);
    for (Reply refused :
        List.of(
            call("sendMessage", toGroup),
            call("deleteMessage", deleteJson(group, old)),
            call(
                "editMessageText",
                "{\"chat_id\":" + group + ",\"message_id\":" + old + ",\"text\":\"x\"}"))) {
      assertThat(refused.status).isEqualTo(400);
      assertThat(refused.body.get("description").asText())
          .isEqualTo("Bad Request: group chat was upgraded to a supergroup chat");
      assertThat(refused.body.get("parameters").get("migrate_to_chat_id").asLong())
          .isEqualTo(supergroup);
    }
    assertThat(call("sendMessage", "{\"chat_id\":" + supergroup + ",\"text\":\"notice\"}").status)
        .isEqualTo(200);
    List<JsonNode> service = updates(call("getUpdates", "{}"));
    assertThat(service).hasSize(2);
    JsonNode inOld = service.get(0).get("message");
    assertThat(inOld.get("chat").get("id").asLong()).isEqualTo(group);
    assertThat(inOld.get("migrate_to_chat_id").asLong()).isEqualTo(supergroup);
    JsonNode inNew = service.get(1).get("message");
    assertThat(inNew.get("chat").get("id").asLong()).isEqualTo(supergroup);
    assertThat(inNew.get("chat").get("type").asText()).isEqualTo("supergroup");
    assertThat(inNew.get("migrate_from_chat_id").asLong()).isEqualTo(group);
  }

  private static String deleteJson(long chat, int messageId) {
    return "{\"chat_id\":" + chat + ",\"message_id\":" + messageId + "}";
  }

  @Test
  void aButtonPressReachesTheBotAndCanBeAnsweredOnce() {
    // GIVEN a bot message with a button
    telegram.userSends(ANN, "Ann", "hi");
    int id = call("sendMessage", keyboardJson("go")).body.get("result").get("message_id").asInt();
    call("getUpdates", "{\"offset\":-1}");

    // WHEN Ann presses it
    long update = telegram.pressButton(ANN, ANN, id, "go");

    // THEN the bot gets the query with the message and the data
    JsonNode query = updates(call("getUpdates", "{\"offset\":" + update + "}")).get(0);
    String queryId = query.get("callback_query").get("id").asText();
    assertThat(queryId)
        .isEqualTo(telegram.lastCallbackQueryId())
        .isEqualTo(telegram.callbackQueryId(update));
    assertThat(query.get("callback_query").get("data").asText()).isEqualTo("go");
    assertThat(query.get("callback_query").get("from").get("first_name").asText()).isEqualTo("Ann");
    assertThat(query.get("callback_query").get("message").get("message_id").asInt()).isEqualTo(id);

    // AND it can answer once
    String answer = "{\"callback_query_id\":\"" + queryId + "\",\"text\":\"Done\"}";
    assertThat(call("answerCallbackQuery", answer).body.get("result").asBoolean()).isTrue();
    assertThat(telegram.awaitCallbackAnswered(queryId, Duration.ofSeconds(1))).isTrue();
    assertThat(telegram.answeredCallbackQueries()).containsExactly(queryId);
    assertThat(telegram.callbackAnswers())
        .containsExactly(new CallbackAnswer(queryId, "Done", false));
    assertThat(call("answerCallbackQuery", answer).body.get("description").asText())
        .isEqualTo(
            "Bad Request: query is too old and response timeout expired or query ID is invalid");
  }

  @Test
  void theMenuAUserSeesIsTheFirstSetAlongTelegramsOrderOfScopes() {
    telegram.userSends(ANN, "Ann", "hi"); // opens Ann's private chat
    telegram.groupMessage(-100777, 43, "Bob", "hello");
    telegram.makeAdministrator(-100777, 44);
    setMenu(null, "everyone");
    setMenu("{\"type\":\"all_private_chats\"}", "private");
    setMenu("{\"type\":\"all_group_chats\"}", "group");
    setMenu("{\"type\":\"all_chat_administrators\"}", "admins");
    setMenu("{\"type\":\"chat\",\"chat_id\":" + ANN + "}", "ann");

    assertThat(names(telegram.commandsSeenBy(ANN, ANN))).containsExactly("ann");
    assertThat(names(telegram.commandsSeenBy(99, 99))).containsExactly("private");
    assertThat(names(telegram.commandsSeenBy(43, -100777))).containsExactly("group");
    assertThat(names(telegram.commandsSeenBy(44, -100777))).containsExactly("admins");
    assertThat(names(telegram.myCommands())).containsExactly("everyone");

    setMenu("{\"type\":\"chat_member\",\"chat_id\":-100777,\"user_id\":43}", "bob");
    assertThat(names(telegram.commandsSeenBy(43, -100777))).containsExactly("bob");

    // deleting a scope's menu brings back the next one down
    call("deleteMyCommands", "{\"scope\":{\"type\":\"chat\",\"chat_id\":" + ANN + "}}");
    assertThat(names(telegram.commandsSeenBy(ANN, ANN))).containsExactly("private");
    assertThat(
            call("getMyCommands", "{\"scope\":{\"type\":\"all_group_chats\"}}")
                .body
                .get("result")
                .get(0)
                .get("command")
                .asText())
        .isEqualTo("group");

    // a chat the bot does not know, and a scope Telegram does not have, are refused
    Reply unknownChat = setMenu("{\"type\":\"chat\",\"chat_id\":555}", "x");
    assertThat(unknownChat.status).isEqualTo(400);
    assertThat(unknownChat.body.get("description").asText()).contains("chat not found");
    assertThat(setMenu("{\"type\":\"everybody\"}", "x").status).isEqualTo(400);
  }

  private Reply setMenu(String scope, String command) {
    return call(
        "setMyCommands",
        "{"
            + (scope == null ? "" : "\"scope\":" + scope + ",")
            + "\"commands\":[{\"command\":\""
            + command
            + "\",\"description\":\"d\"}]}");
  }

  private static List<String> names(List<BotCommand> commands) {
    return commands.stream().map(BotCommand::command).toList();
  }

  @Test
  void theCommandMenuIsRecorded() {
    call(
        "setMyCommands",
        "{\"commands\":[{\"command\":\"report\",\"description\":\"File a report\"},"
            + "{\"command\":\"status\",\"description\":\"Check a report\"}]}");

    assertThat(telegram.myCommands())
        .containsExactly(
            new BotCommand("report", "File a report"), new BotCommand("status", "Check a report"));
    assertThat(call("getMyCommands", "{}").body.get("result").get(1).get("command").asText())
        .isEqualTo("status");
    assertThat(
            call(
                    "setMyCommands",
                    "{\"commands\":[{\"command\":\"Bad-One\",\"description\":\"x\"}]}")
                .status)
        .isEqualTo(400);
  }

  @Test
  void aPhotoUploadIsRecordedWithItsSizeAndCaption() throws Exception {
    telegram.userSends(ANN, "Ann", "hi");
    byte[] png = new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 1, 2, 3, '\r', '\n', '-', '-'};

    Reply reply =
        multipart(
            "sendPhoto",
            List.of(
                new String[] {"chat_id", "42"},
                new String[] {"caption", "<b>Wanted</b>"},
                new String[] {"parse_mode", "HTML"},
                new String[] {"photo", "attach://pic.png"}),
            "pic.png",
            png);

    assertThat(reply.status).isEqualTo(200);
    assertThat(reply.body.get("result").get("photo").isArray()).isTrue();
    assertThat(reply.body.get("result").get("caption").asText()).isEqualTo("Wanted");
    SentMessage sent = telegram.messagesTo(ANN).get(0);
    assertThat(sent.isPhoto()).isTrue();
    assertThat(sent.caption()).isEqualTo("Wanted");
    assertThat(sent.photoBytes()).isEqualTo(png.length);

    Reply tooLong =
        multipart(
            "sendPhoto",
            List.of(
                new String[] {"chat_id", "42"},
                new String[] {"caption", "x".repeat(1025)},
                new String[] {"photo", "https://example.org/wanted.png"}),
            null,
            null);
    assertThat(tooLong.body.get("description").asText())
        .isEqualTo("Bad Request: message caption is too long");
  }

  @Test
  void aPhotoCaptionCanBeEditedButATextMessageHasNone() {
    telegram.userSends(ANN, "Ann", "hi");
    int photo =
        call(
                "sendPhoto",
                "{\"chat_id\":42,\"photo\":\"https://example.org/p.png\",\"caption\":\"Wanted\"}")
            .body
            .get("result")
            .get("message_id")
            .asInt();
    int text = call("sendMessage", sendJson("plain")).body.get("result").get("message_id").asInt();

    String edit =
        "{\"chat_id\":42,\"message_id\":"
            + photo
            + ",\"caption\":\"<b>Found</b>\",\"parse_mode\":\"HTML\"}";
    Reply edited = call("editMessageCaption", edit);
    assertThat(edited.body.get("result").get("caption").asText()).isEqualTo("Found");
    assertThat(call("editMessageCaption", edit).body.get("description").asText())
        .startsWith("Bad Request: message is not modified");
    Reply noCaption =
        call(
            "editMessageCaption", "{\"chat_id\":42,\"message_id\":" + text + ",\"caption\":\"x\"}");
    assertThat(noCaption.body.get("description").asText())
        .isEqualTo("Bad Request: there is no caption in the message to edit");

    SentMessage sent = telegram.messagesTo(ANN).get(0);
    assertThat(sent.caption()).isEqualTo("Wanted");
    assertThat(sent.editHistory()).containsExactly("Found");
    assertThat(sent.currentText()).isEqualTo("Found");
  }

  @Test
  void aGroupBecomesKnownWhenSomeoneWritesThere() {
    telegram.groupMessage(-1001, ANN, "Ann", "hello group");

    JsonNode chat = call("getUpdates", "{}").body.get("result").get(0).get("message").get("chat");
    assertThat(chat.get("type").asText()).isEqualTo("supergroup");
    assertThat(call("sendMessage", "{\"chat_id\":-1001,\"text\":\"hi all\"}").status)
        .isEqualTo(200);
    // writing in a group opens no private chat
    assertThat(call("sendMessage", "{\"chat_id\":42,\"text\":\"hi Ann\"}").status).isEqualTo(403);
  }

  @Test
  void awaitMessagesFailsWithWhatTheBotSent() {
    telegram.userSends(ANN, "Ann", "hi");
    call("sendMessage", sendJson("only one"));

    assertThat(telegram.awaitMessages(ANN, 1, Duration.ofMillis(100))).hasSize(1);
    assertThatThrownBy(() -> telegram.awaitMessages(ANN, 2, Duration.ofMillis(200)))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("only one");
  }

  @Test
  void resetForgetsRecordsButKeepsMessagesEditable() {
    telegram.userSends(ANN, "Ann", "hi");
    int id = call("sendMessage", sendJson("first")).body.get("result").get("message_id").asInt();
    call("sendMessage", "{\"chat_id\":42,\"text\":\"<b>broken\",\"parse_mode\":\"HTML\"}");

    telegram.reset();

    assertThat(telegram.messagesTo(ANN)).isEmpty();
    assertThat(telegram.rejectedRequests()).isEmpty();
    assertThat(
            call("editMessageText", "{\"chat_id\":42,\"message_id\":" + id + ",\"text\":\"x\"}")
                .status)
        .isEqualTo(200);
    assertThat(call("sendMessage", sendJson("second")).body.get("result").get("message_id").asInt())
        .isEqualTo(id + 1);
  }

  // ---- helpers ----

  private record Reply(int status, JsonNode body) {}

  private static String sendJson(String html) {
    return "{\"chat_id\":42,\"parse_mode\":\"HTML\",\"text\":" + quote(html) + "}";
  }

  private static String keyboardJson(String callbackData) {
    return "{\"chat_id\":42,\"text\":\"pick\",\"reply_markup\":{\"inline_keyboard\":[[{\"text\":\"Go\","
        + "\"callback_data\":"
        + quote(callbackData)
        + "}]]}}";
  }

  private static String quote(String text) {
    try {
      return JSON.writeValueAsString(text);
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private Reply call(String method, String json) {
    return post("/bot" + TOKEN + "/" + method, json);
  }

  private Reply post(String path, String json) {
    return send(
        HttpRequest.newBuilder(uri(path))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(json)));
  }

  private Reply multipart(String method, List<String[]> fields, String fileName, byte[] file)
      throws Exception {
    String boundary = "fake-boundary-1234";
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    for (String[] field : fields) {
      body.write(
          ("--"
                  + boundary
                  + "\r\nContent-Disposition: form-data; name=\""
                  + field[0]
                  + "\"\r\nContent-Length: "
                  + field[1].getBytes(StandardCharsets.UTF_8).length
                  + "\r\n\r\n"
                  + field[1]
                  + "\r\n")
              .getBytes(StandardCharsets.UTF_8));
    }
    if (file != null) {
      body.write(
          ("--"
                  + boundary
                  + "\r\nContent-Disposition: form-data; name=\""
                  + fileName
                  + "\"; filename=\""
                  + fileName
                  + "\"\r\nContent-Type: application/octet-stream\r\n\r\n")
              .getBytes(StandardCharsets.UTF_8));
      body.write(file);
      body.write("\r\n".getBytes(StandardCharsets.UTF_8));
    }
    body.write(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
    return send(
        HttpRequest.newBuilder(uri("/bot" + TOKEN + "/" + method))
            .header("Content-Type", "multipart/form-data; boundary=" + boundary)
            .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())));
  }

  private URI uri(String path) {
    return URI.create("http://" + telegram.host() + ":" + telegram.port() + path);
  }

  private Reply send(HttpRequest.Builder request) {
    try {
      HttpResponse<String> response =
          http.send(
              request.timeout(Duration.ofSeconds(15)).build(),
              HttpResponse.BodyHandlers.ofString());
      return new Reply(response.statusCode(), JSON.readTree(response.body()));
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private static List<JsonNode> updates(Reply reply) {
    assertThat(reply.status).as("getUpdates answered %s", reply.body).isEqualTo(200);
    List<JsonNode> updates = new ArrayList<>();
    reply.body.get("result").forEach(updates::add);
    return updates;
  }

  private static List<Long> updateIds(Reply reply) {
    return updates(reply).stream().map(update -> update.get("update_id").asLong()).toList();
  }

  private static void awaitCondition(BooleanSupplier condition) {
    await()
        .atMost(Duration.ofSeconds(5))
        .pollDelay(Duration.ZERO)
        .pollInterval(Duration.ofMillis(10))
        .until(condition::getAsBoolean);
  }
}
