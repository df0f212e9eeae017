package org.deptbot.bot.telegram.fake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.telegram.telegrambots.client.okhttp.OkHttpTelegramClient;
import org.telegram.telegrambots.meta.api.methods.GetFile;
import org.telegram.telegrambots.meta.api.objects.File;
import org.telegram.telegrambots.meta.exceptions.TelegramApiRequestException;

/** Files users send: getFile and the download route, raw and through the real client. */
class FakeTelegramFilesTest {

  private static final String TOKEN = "123456:files-token";
  private static final long ANN = 42;
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, 1, 2, 3, 4, 5};

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
  void aPhotoComesInTwoSizesAndTheLargestDownloadsAsSent() throws Exception {
    telegram.userSendsPhoto(ANN, "Ann", "the bike", JPEG);

    JsonNode photo = firstMessage().get("photo");
    assertThat(photo.size()).isEqualTo(2);
    JsonNode largest = photo.get(1);
    assertThat(largest.get("file_size").asLong()).isEqualTo(JPEG.length);
    assertThat(largest.get("width").asInt()).isGreaterThan(photo.get(0).get("width").asInt());

    JsonNode file = post("getFile", "{\"file_id\":\"" + largest.get("file_id").asText() + "\"}");
    assertThat(file.get("ok").asBoolean()).isTrue();
    String path = file.get("result").get("file_path").asText();
    assertThat(file.get("result").get("file_size").asLong()).isEqualTo(JPEG.length);
    HttpResponse<byte[]> download = get("/file/bot" + TOKEN + "/" + path);
    assertThat(download.statusCode()).isEqualTo(200);
    assertThat(download.body()).isEqualTo(JPEG);
    assertThat(telegram.getFileCalls()).isEqualTo(1);
    assertThat(telegram.fileDownloads()).isEqualTo(1);
  }

  @Test
  void aDocumentCarriesItsNameTypeAndSizeAndDownloadsThroughTheRealClient() throws Exception {
    byte[] pdf = "%PDF-1.4 evidence".getBytes(StandardCharsets.UTF_8);
    telegram.userSendsDocument(ANN, "Ann", "report.pdf", "application/pdf", pdf);

    JsonNode document = firstMessage().get("document");
    assertThat(document.get("file_name").asText()).isEqualTo("report.pdf");
    assertThat(document.get("mime_type").asText()).isEqualTo("application/pdf");
    assertThat(document.get("file_size").asLong()).isEqualTo(pdf.length);

    var client = new OkHttpTelegramClient(TOKEN, telegram.telegramUrl());
    File file = client.execute(new GetFile(document.get("file_id").asText()));
    assertThat(file.getFileSize()).isEqualTo(pdf.length);
    assertThat(file.getFilePath()).endsWith(".pdf");
    assertThat(get("/file/bot" + TOKEN + "/" + file.getFilePath()).body()).isEqualTo(pdf);
  }

  @Test
  void aFileOver20MbIsDeclaredButGetFileRefusesIt() throws Exception {
    long size = 25L * 1024 * 1024;
    telegram.userSendsLargeDocument(ANN, "Ann", "video.mp4", "video/mp4", size);

    JsonNode document = firstMessage().get("document");
    assertThat(document.get("file_size").asLong()).isEqualTo(size);
    var client = new OkHttpTelegramClient(TOKEN, telegram.telegramUrl());
    assertThatThrownBy(() -> client.execute(new GetFile(document.get("file_id").asText())))
        .isInstanceOfSatisfying(
            TelegramApiRequestException.class,
            e -> {
              assertThat(e.getErrorCode()).isEqualTo(400);
              assertThat(e.getApiResponse()).isEqualTo("Bad Request: file is too big");
            });
  }

  @Test
  void unknownFilesWrongTokensAndInjectedFaultsAreRefused() throws Exception {
    telegram.userSendsPhoto(ANN, "Ann", null, JPEG);
    String fileId = firstMessage().get("photo").get(1).get("file_id").asText();
    String path =
        post("getFile", "{\"file_id\":\"" + fileId + "\"}").get("result").get("file_path").asText();

    JsonNode unknown = post("getFile", "{\"file_id\":\"nope\"}");
    assertThat(unknown.get("error_code").asInt()).isEqualTo(400);
    assertThat(unknown.get("description").asText()).isEqualTo("Bad Request: invalid file_id");
    assertThat(get("/file/bot999:other/" + path).statusCode()).isEqualTo(404);
    assertThat(get("/file/bot" + TOKEN + "/photos/missing.jpg").statusCode()).isEqualTo(404);

    telegram.failNextWith("download", 1, 502, "Bad Gateway");
    assertThat(get("/file/bot" + TOKEN + "/" + path).statusCode()).isEqualTo(502);
    assertThat(get("/file/bot" + TOKEN + "/" + path).body()).isEqualTo(JPEG);
  }

  @Test
  void theOldPhotoHelperStillGivesADownloadableJpeg() throws Exception {
    telegram.userSendsPhoto(ANN, "Ann", "the bike");

    JsonNode largest = firstMessage().get("photo").get(1);
    assertThat(largest.get("file_size").asInt()).isEqualTo(54_321);
    String path =
        post("getFile", "{\"file_id\":\"" + largest.get("file_id").asText() + "\"}")
            .get("result")
            .get("file_path")
            .asText();
    byte[] bytes = get("/file/bot" + TOKEN + "/" + path).body();
    assertThat(bytes).hasSize(54_321);
    assertThat(bytes[0]).isEqualTo((byte) 0xFF);
    assertThat(bytes[1]).isEqualTo((byte) 0xD8);
  }

  private JsonNode firstMessage() throws Exception {
    return post("getUpdates", "{}").get("result").get(0).get("message");
  }

  private JsonNode post(String method, String json) throws IOException, InterruptedException {
    HttpRequest request =
        HttpRequest.newBuilder(base("/bot" + TOKEN + "/" + method))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(json))
            .build();
    return JSON.readTree(http.send(request, HttpResponse.BodyHandlers.ofByteArray()).body());
  }

  private HttpResponse<byte[]> get(String path) throws IOException, InterruptedException {
    return http.send(
        HttpRequest.newBuilder(base(path)).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
  }

  private URI base(String path) {
    return URI.create("http://" + telegram.host() + ":" + telegram.port() + path);
  }
}
