package org.deptbot.bot.telegram;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.deptbot.bot.chat.Incoming;
import org.deptbot.bot.telegram.fake.FakeTelegram;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.telegram.telegrambots.client.okhttp.OkHttpTelegramClient;
import org.telegram.telegrambots.meta.api.methods.updates.GetUpdates;
import org.telegram.telegrambots.meta.api.objects.Update;

/**
 * Photos and documents users send, from the update (TelegramUpdates) to the bytes (TelegramFiles),
 * with the real client against the fake Bot API.
 */
class TelegramFilesTest {

  private static final String TOKEN = "123456:files";
  private static final long ANN = 42;
  private static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, 9, 8, 7, 6};

  private FakeTelegram telegram;
  private OkHttpTelegramClient client;
  private TelegramFiles files;

  @BeforeEach
  void start() {
    telegram = FakeTelegram.start(TOKEN, "dept_bot");
    client = new OkHttpTelegramClient(TOKEN, telegram.telegramUrl());
    files = new TelegramFiles(client, TOKEN, telegram.telegramUrl(), Duration.ofMillis(10));
  }

  @AfterEach
  void stop() {
    telegram.close();
  }

  @Test
  void aPhotoIsReferredToOnReceiptAndItsLargestSizeFetchedAsJpeg() throws Exception {
    telegram.userSendsPhoto(ANN, "Ann", "the person", JPEG);

    Incoming.AttachmentMessage message = received();
    Incoming.Attachment referred = message.attachment();
    assertThat(message.caption()).isEqualTo("the person");
    assertThat(referred.fetched()).isFalse();
    assertThat(telegram.getFileCalls()).as("nothing downloaded on receipt").isZero();
    assertThat(referred.size()).isEqualTo(JPEG.length);

    Incoming.Attachment fetched = files.fetch(referred);
    assertThat(fetched.bytes()).isEqualTo(JPEG);
    assertThat(fetched.mediaType()).isEqualTo("image/jpeg");
    assertThat(fetched.fileName()).endsWith(".jpg");
  }

  @Test
  void aDocumentKeepsItsNameAndMediaType() throws Exception {
    byte[] png = {(byte) 0x89, 'P', 'N', 'G', 1, 2};
    telegram.userSendsDocument(ANN, "Ann", "face.png", "image/png", png);

    Incoming.Attachment fetched = files.fetch(received().attachment());

    assertThat(fetched.fileName()).isEqualTo("face.png");
    assertThat(fetched.mediaType()).isEqualTo("image/png");
    assertThat(fetched.bytes()).isEqualTo(png);
  }

  @Test
  void aFileOver20MbIsRefusedWithoutAskingTelegram() throws Exception {
    long size = 21L * 1024 * 1024;
    telegram.userSendsLargeDocument(ANN, "Ann", "scan.jpg", "image/jpeg", size);

    Incoming.Attachment fetched = files.fetch(received().attachment());

    assertThat(fetched.fetched()).isTrue();
    assertThat(fetched.bytes()).isEmpty();
    assertThat(fetched.size()).isEqualTo(size);
    assertThat(telegram.getFileCalls()).isZero();
    assertThat(telegram.fileDownloads()).isZero();
  }

  @Test
  void aFileTelegramRefusesComesBackUnavailable() {
    Incoming.Attachment gone = Incoming.Attachment.referred("photo.jpg", "image/jpeg", 10, "nope");

    Incoming.Attachment fetched = files.fetch(gone);

    assertThat(fetched.bytes()).isEmpty();
    assertThat(fetched.size()).isEqualTo(10);
  }

  @Test
  void aPassingFailureIsTriedAgainAndALastingOneThrows() throws Exception {
    telegram.userSendsPhoto(ANN, "Ann", null, JPEG);
    Incoming.Attachment referred = received().attachment();

    telegram.failNextWith("getFile", 1, 500, "Internal Server Error");
    telegram.failNextWith("download", 1, 502, "Bad Gateway");
    assertThat(files.fetch(referred).bytes()).isEqualTo(JPEG);

    telegram.failNextWith("getFile", 3, 502, "Bad Gateway");
    assertThatThrownBy(() -> files.fetch(referred))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("did not hand over");
  }

  private Incoming.AttachmentMessage received() throws Exception {
    List<Update> updates = client.execute(GetUpdates.builder().build());
    Optional<Incoming> incoming = TelegramUpdates.toIncoming(updates.get(updates.size() - 1));
    return (Incoming.AttachmentMessage) incoming.orElseThrow();
  }
}
