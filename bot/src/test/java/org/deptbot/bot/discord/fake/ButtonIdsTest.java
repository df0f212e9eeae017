package org.deptbot.bot.discord.fake;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The fake refuses a button whose custom id Discord would refuse, and takes every other. */
class ButtonIdsTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void aButtonIdOfOneToAHundredCharactersIsTakenAndAnyOtherRefused() throws Exception {
    assertThat(ButtonIds.check(message(button("b".repeat(ButtonIds.LONGEST))))).isEmpty();
    assertThat(ButtonIds.check(message(button("b")))).isEmpty();
    assertThat(ButtonIds.check(message(button("b".repeat(ButtonIds.LONGEST + 1)))))
        .hasValueSatisfying(r -> assertThat(r.status()).isEqualTo(400));
    assertThat(ButtonIds.check(message(button(""))))
        .hasValueSatisfying(r -> assertThat(r.status()).isEqualTo(400));
  }

  @Test
  void anInteractionsAnswerIsCheckedAsAMessageIsAndALinkButtonCarriesNoId() throws Exception {
    String tooLong = button("b".repeat(ButtonIds.LONGEST + 1));
    assertThat(
            ButtonIds.check(
                request("{\"type\":4,\"data\":{\"components\":" + rows(tooLong) + "}}")))
        .isPresent();
    String link = "{\"type\":2,\"style\":5,\"label\":\"Site\",\"url\":\"https://example.org\"}";
    assertThat(ButtonIds.check(message(link))).isEmpty();
  }

  private static String button(String id) {
    return "{\"type\":2,\"style\":1,\"label\":\"Go\",\"custom_id\":\"" + id + "\"}";
  }

  private static String rows(String button) {
    return "[{\"type\":1,\"components\":[" + button + "]}]";
  }

  private static RestRequest message(String button) throws Exception {
    return request("{\"content\":\"hi\",\"components\":" + rows(button) + "}");
  }

  private static RestRequest request(String body) throws Exception {
    JsonNode json = JSON.readTree(body);
    return new RestRequest("POST", List.of("channels", "1", "messages"), json, List.of());
  }
}
