package org.deptbot.bot.discord;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import net.dv8tion.jda.api.utils.data.DataObject;
import org.deptbot.bot.chat.Button;
import org.junit.jupiter.api.Test;

/** How the engine's button rows fit Discord's five rows of five, and how a form is shown. */
class DiscordComponentsTest {

  @Test
  void fiveRowsOrFewerAreKeptAsTheyAreWithLongRowsWrapped() {
    var rows = List.of(buttons("a", 7), buttons("b", 1));

    assertThat(labels(DiscordComponents.layout(rows)))
        .containsExactly(List.of("a1", "a2", "a3", "a4", "a5"), List.of("a6", "a7"), List.of("b1"));
  }

  @Test
  void aPreviewWithManyChannelsKeepsItsConfirmRow() {
    // GIVEN four channel toggles, Live/Exercise, Change, and Confirm/Discard: seven rows
    List<List<Button>> rows = new ArrayList<>();
    for (int i = 1; i <= 4; i++) {
      rows.add(buttons("channel" + i, 1));
    }
    rows.add(buttons("mode", 2));
    rows.add(buttons("change", 1));
    rows.add(List.of(new Button("Confirm", "c"), new Button("Discard", "d")));

    // WHEN laid out for Discord
    var laidOut = labels(DiscordComponents.layout(rows));

    // THEN the channel list shares a row and every button is still there
    assertThat(laidOut)
        .containsExactly(
            List.of("channel11", "channel21", "channel31", "channel41"),
            List.of("mode1", "mode2"),
            List.of("change1"),
            List.of("Confirm", "Discard"));
  }

  @Test
  void aLongMenuOfOneButtonRowsIsPackedFiveToARow() {
    List<List<Button>> rows = new ArrayList<>();
    for (int i = 1; i <= 7; i++) {
      rows.add(buttons("c" + i, 1));
    }

    assertThat(DiscordComponents.layout(rows)).hasSize(2);
    assertThat(DiscordComponents.layout(rows).get(1))
        .extracting(Button::label)
        .containsExactly("c61", "c71");
  }

  @Test
  void rowsOfSeveralButtonsArePackedInOrderWhenTheyCannotStaySeparate() {
    List<List<Button>> rows = new ArrayList<>();
    for (int i = 1; i <= 6; i++) {
      rows.add(buttons("r" + i, 2));
    }

    var laidOut = DiscordComponents.layout(rows);

    assertThat(laidOut).hasSize(3);
    assertThat(laidOut.stream().mapToInt(List::size).sum()).isEqualTo(12);
    assertThat(laidOut.get(2)).extracting(Button::label).containsExactly("r61", "r62");
  }

  @Test
  void onlyButtonsPastDiscordsTwentyFiveAreLeftOut() {
    assertThat(DiscordComponents.layout(List.of(buttons("x", 30))).stream().mapToInt(List::size))
        .containsExactly(5, 5, 5, 5, 5);
  }

  @Test
  void aFormIsAModalWithOneParagraphFieldCutToDiscordsLimits() {
    var form = new Button.Form("T".repeat(60), "L".repeat(60), "P".repeat(150), 9000);

    DataObject json = DiscordComponents.modal("bAbc", form).toData();

    assertThat(json.getString("custom_id")).isEqualTo("bAbc");
    assertThat(json.getString("title")).hasSize(45).endsWith("…");
    DataObject label = json.getArray("components").getObject(0);
    assertThat(label.getInt("type")).isEqualTo(18);
    assertThat(label.getString("label")).hasSize(45);
    DataObject field = label.getObject("component");
    assertThat(field.getInt("type")).isEqualTo(4);
    assertThat(field.getString("custom_id")).isEqualTo(DiscordComponents.FORM_FIELD);
    assertThat(field.getInt("style")).isEqualTo(2);
    assertThat(field.getString("placeholder")).hasSize(100);
    assertThat(field.getInt("max_length")).isEqualTo(4000);
  }

  private static List<Button> buttons(String prefix, int count) {
    List<Button> row = new ArrayList<>();
    for (int i = 1; i <= count; i++) {
      row.add(new Button(prefix + i, prefix + "-" + i));
    }
    return row;
  }

  private static List<List<String>> labels(List<List<Button>> rows) {
    return rows.stream().map(r -> r.stream().map(Button::label).toList()).toList();
  }
}
