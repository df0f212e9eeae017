package org.deptbot.bot.telegram.fake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.io.ByteArrayInputStream;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.telegram.telegrambots.client.okhttp.OkHttpTelegramClient;
import org.telegram.telegrambots.longpolling.TelegramBotsLongPollingApplication;
import org.telegram.telegrambots.longpolling.util.DefaultGetUpdatesGenerator;
import org.telegram.telegrambots.meta.api.methods.AnswerCallbackQuery;
import org.telegram.telegrambots.meta.api.methods.commands.GetMyCommands;
import org.telegram.telegrambots.meta.api.methods.commands.SetMyCommands;
import org.telegram.telegrambots.meta.api.methods.send.SendMessage;
import org.telegram.telegrambots.meta.api.methods.send.SendPhoto;
import org.telegram.telegrambots.meta.api.methods.updatingmessages.DeleteMessage;
import org.telegram.telegrambots.meta.api.methods.updatingmessages.EditMessageReplyMarkup;
import org.telegram.telegrambots.meta.api.methods.updatingmessages.EditMessageText;
import org.telegram.telegrambots.meta.api.objects.InputFile;
import org.telegram.telegrambots.meta.api.objects.Update;
import org.telegram.telegrambots.meta.api.objects.message.Message;
import org.telegram.telegrambots.meta.api.objects.photo.PhotoSize;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.InlineKeyboardMarkup;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardButton;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardRow;
import org.telegram.telegrambots.meta.exceptions.TelegramApiRequestException;

/** The wire format against the real telegrambots client, which the bot uses in production. */
class FakeTelegramWithRealClientTest {

  private static final String TOKEN = "654321:real-client";
  private static final long ANN = 42;

  private FakeTelegram telegram;
  private OkHttpTelegramClient client;

  @BeforeEach
  void start() {
    telegram = FakeTelegram.start(TOKEN, "dept_bot");
    client = new OkHttpTelegramClient(TOKEN, telegram.telegramUrl());
  }

  @AfterEach
  void stop() {
    telegram.close();
  }

  @Test
  void theLongPollingApplicationReceivesMessagesAndButtonPresses() throws Exception {
    List<Update> received = new CopyOnWriteArrayList<>();
    try (var application = new TelegramBotsLongPollingApplication()) {
      // GIVEN a bot polling the fake (registerBot deletes the webhook first)
      application.registerBot(
          TOKEN, telegram::telegramUrl, new DefaultGetUpdatesGenerator(), received::addAll);

      // WHEN Ann writes and presses a button on the bot's reply
      long first = telegram.userSends(ANN, "Ann", "/start");
      awaitSize(received, 1);
      Message reply = client.execute(withButton(SendMessage.builder().chatId(ANN).text("Pick")));
      long press = telegram.pressButton(ANN, ANN, reply.getMessageId(), "open:1");
      awaitSize(received, 2);

      // THEN the client reads both updates, and confirms them with its next offset
      Update message = received.get(0);
      assertThat(message.getUpdateId()).isEqualTo((int) first);
      assertThat(message.getMessage().getText()).isEqualTo("/start");
      assertThat(message.getMessage().isCommand()).isTrue();
      assertThat(message.getMessage().getFrom().getFirstName()).isEqualTo("Ann");
      assertThat(message.getMessage().getChat().isUserChat()).isTrue();
      Update button = received.get(1);
      assertThat(button.getCallbackQuery().getData()).isEqualTo("open:1");
      assertThat(button.getCallbackQuery().getMessage().getMessageId())
          .isEqualTo(reply.getMessageId());
      assertThat(button.getCallbackQuery().getId()).isEqualTo(telegram.callbackQueryId(press));
      awaitCondition(() -> telegram.confirmedOffset() == press + 1);
    }
    assertThat(telegram.rejectedRequests()).isEmpty();
  }

  @Test
  void sendEditAndDeleteRoundTripThroughTheClient() throws Exception {
    telegram.userSends(ANN, "Ann", "hi");

    Message sent =
        client.execute(
            withButton(
                SendMessage.builder()
                    .chatId(ANN)
                    .parseMode("HTML")
                    .text("<b>Report</b> &amp; co")));
    assertThat(sent.getText()).isEqualTo("Report & co");
    assertThat(sent.getFrom().getIsBot()).isTrue();
    assertThat(sent.getReplyMarkup().getKeyboard().get(0).get(0).getCallbackData())
        .isEqualTo("open:1");

    client.execute(
        EditMessageText.builder()
            .chatId(ANN)
            .messageId(sent.getMessageId())
            .text("<i>Closed</i>")
            .parseMode("HTML")
            .build());
    client.execute(
        EditMessageReplyMarkup.builder()
            .chatId(ANN)
            .messageId(sent.getMessageId())
            .replyMarkup(markup("again"))
            .build());
    assertThat(client.execute(new DeleteMessage(String.valueOf(ANN), sent.getMessageId())))
        .isTrue();

    SentMessage recorded = telegram.messagesTo(ANN).get(0);
    assertThat(recorded.editHistory()).containsExactly("Closed");
    assertThat(recorded.callbackData()).containsExactly("again");
    assertThat(recorded.deleted()).isTrue();
  }

  @Test
  void aPhotoStreamIsUploadedAsMultipart() throws Exception {
    telegram.userSends(ANN, "Ann", "hi");
    byte[] image = new byte[5000];
    image[0] = (byte) 0x89;

    Message sent =
        client.execute(
            SendPhoto.builder()
                .chatId(ANN)
                .photo(new InputFile(new ByteArrayInputStream(image), "wanted.png"))
                .caption("<b>Wanted</b>")
                .parseMode("HTML")
                .build());

    assertThat(sent.hasPhoto()).isTrue();
    assertThat(sent.getCaption()).isEqualTo("Wanted");
    SentMessage recorded = telegram.messagesTo(ANN).get(0);
    assertThat(recorded.isPhoto()).isTrue();
    assertThat(recorded.photoBytes()).isEqualTo(5000);

    client.execute(
        SendPhoto.builder().chatId(ANN).photo(new InputFile("https://example.org/x.png")).build());
    assertThat(telegram.messagesTo(ANN).get(1).photoBytes()).isZero();
  }

  @Test
  void aPhotoCanBeSentAgainByTheFileIdOfItsUploadButNotByAnyOtherId() throws Exception {
    telegram.userSends(ANN, "Ann", "hi");
    Message uploaded =
        client.execute(
            SendPhoto.builder()
                .chatId(ANN)
                .photo(new InputFile(new ByteArrayInputStream(new byte[5000]), "wanted.jpg"))
                .build());
    List<PhotoSize> sizes = uploaded.getPhoto();
    String photoId = sizes.get(sizes.size() - 1).getFileId();
    String thumbnailId = sizes.get(0).getFileId();

    Message again =
        client.execute(SendPhoto.builder().chatId(ANN).photo(new InputFile(photoId)).build());

    assertThat(again.getPhoto().get(again.getPhoto().size() - 1).getFileId()).isEqualTo(photoId);
    assertThat(telegram.messagesTo(ANN).get(1).photoBytes()).isEqualTo(5000);
    assertThat(telegram.photoUploads()).isEqualTo(1);
    assertThat(telegram.photoFileIdSends()).isEqualTo(1);
    for (String refused : List.of(thumbnailId, "AgACAgQAAxkBAAI-made-up")) {
      assertThatThrownBy(
              () ->
                  client.execute(
                      SendPhoto.builder().chatId(ANN).photo(new InputFile(refused)).build()))
          .isInstanceOfSatisfying(
              TelegramApiRequestException.class,
              e ->
                  assertThat(e.getApiResponse())
                      .isEqualTo("Bad Request: wrong file identifier/HTTP URL specified"));
    }
    telegram.forgetFileIds();
    assertThatThrownBy(
            () ->
                client.execute(
                    SendPhoto.builder().chatId(ANN).photo(new InputFile(photoId)).build()))
        .isInstanceOf(TelegramApiRequestException.class);
    assertThat(telegram.photoFileIdSends()).isEqualTo(1);
  }

  @Test
  void errorsReachTheClientWithCodeAndRetryAfter() throws Exception {
    telegram.userSends(ANN, "Ann", "hi");
    telegram.failNext("sendMessage", 1, 3);

    assertThatThrownBy(() -> client.execute(SendMessage.builder().chatId(ANN).text("x").build()))
        .isInstanceOfSatisfying(
            TelegramApiRequestException.class,
            e -> {
              assertThat(e.getErrorCode()).isEqualTo(429);
              assertThat(e.getParameters().getRetryAfter()).isEqualTo(3);
            });
    assertThatThrownBy(
            () ->
                client.execute(
                    SendMessage.builder().chatId(ANN).parseMode("HTML").text("a < b").build()))
        .isInstanceOfSatisfying(
            TelegramApiRequestException.class,
            e -> {
              assertThat(e.getErrorCode()).isEqualTo(400);
              assertThat(e.getApiResponse()).startsWith("Bad Request: can't parse entities");
            });
    assertThat(telegram.rejectedRequests()).hasSize(1);
  }

  @Test
  void commandsAndCallbackAnswersGoThroughTheClient() throws Exception {
    telegram.userSends(ANN, "Ann", "hi");
    Message sent = client.execute(withButton(SendMessage.builder().chatId(ANN).text("Pick")));
    telegram.pressButton(ANN, ANN, sent.getMessageId(), "open:1");
    String queryId = telegram.lastCallbackQueryId();

    client.execute(
        SetMyCommands.builder()
            .command(
                new org.telegram.telegrambots.meta.api.objects.commands.BotCommand(
                    "report", "File a report"))
            .build());
    client.execute(AnswerCallbackQuery.builder().callbackQueryId(queryId).text("OK").build());

    assertThat(telegram.myCommands()).containsExactly(new BotCommand("report", "File a report"));
    assertThat(client.execute(new GetMyCommands()).get(0).getCommand()).isEqualTo("report");
    assertThat(telegram.callbackAnswers())
        .containsExactly(new CallbackAnswer(queryId, "OK", false));
  }

  private static SendMessage withButton(SendMessage.SendMessageBuilder<?, ?> builder) {
    return builder.replyMarkup(markup("open:1")).build();
  }

  private static InlineKeyboardMarkup markup(String callbackData) {
    return InlineKeyboardMarkup.builder()
        .keyboardRow(
            new InlineKeyboardRow(
                InlineKeyboardButton.builder().text("Open").callbackData(callbackData).build()))
        .build();
  }

  private static void awaitSize(List<?> list, int size) throws InterruptedException {
    awaitCondition(() -> list.size() >= size);
  }

  private static void awaitCondition(BooleanSupplier condition) {
    await()
        .atMost(Duration.ofSeconds(10))
        .pollDelay(Duration.ZERO)
        .pollInterval(Duration.ofMillis(20))
        .until(condition::getAsBoolean);
  }
}
