package org.deptbot.bot.chat;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ButtonTest {

  @Test
  void withoutFormsDropsFormButtonsAndTheRowsTheyLeaveEmpty() {
    var form = new Button.Form("Title", "Label", null, 100);
    var keep = new Button("Keep", "b1");

    var rows =
        Button.withoutForms(
            List.of(
                List.of(new Button("Form", "b2", form)),
                List.of(keep, new Button("Also a form", "b3", form))));

    assertThat(rows).containsExactly(List.of(keep));
    assertThat(keep.opensForm()).isFalse();
    assertThat(new Button("Form", "b2", form).opensForm()).isTrue();
  }
}
