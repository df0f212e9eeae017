package org.deptbot.bot.training;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import org.awaitility.Awaitility;
import org.awaitility.core.ConditionTimeoutException;

/**
 * Personas talking to the bot through the training chat in a test: what each says or presses, and
 * waiting for the bot's answer since their last turn.
 */
final class TrainingTalk {

  static final Duration WAIT = Duration.ofSeconds(15);
  private static final Duration POLL = Duration.ofMillis(50);

  private final TrainingChat chat;
  private final TrainingPersonas personas;
  private final Map<String, Long> seen = new HashMap<>();

  TrainingTalk(TrainingChat chat, TrainingPersonas personas) {
    this.chat = chat;
    this.personas = personas;
  }

  /** Starts the persona's turn: answers awaited from now on are those after this point. */
  void newTurn(String persona) {
    seen.put(persona, chat.transcript(persona).last());
  }

  void say(String persona, String text) {
    newTurn(persona);
    chat.say(personas.byId(persona).orElseThrow(), text);
  }

  void press(String persona, Transcript.Entry entry, String labelStart) {
    newTurn(persona);
    assertThat(
            chat.press(
                personas.byId(persona).orElseThrow(), entry.id(), button(entry, labelStart).id()))
        .isTrue();
  }

  /** The bot's messages to the persona since their last turn. */
  List<Transcript.Entry> botSince(String persona) {
    return chat.transcript(persona).after(seen.getOrDefault(persona, 0L)).stream()
        .filter(e -> e.from().equals("bot"))
        .toList();
  }

  /** The latest message since the persona's last turn that is {@code wanted}, waiting for it. */
  Transcript.Entry await(String persona, Predicate<Transcript.Entry> wanted) {
    try {
      return Awaitility.await()
          .atMost(WAIT)
          .pollDelay(Duration.ZERO)
          .pollInterval(POLL)
          .until(
              () -> botSince(persona).stream().filter(wanted).reduce((a, b) -> b),
              Optional::isPresent)
          .orElseThrow();
    } catch (ConditionTimeoutException e) {
      throw new AssertionError(
          persona + " did not get the expected message; got: " + botSince(persona), e);
    }
  }

  /** The entry's button whose label starts with {@code labelStart}, or null. */
  static Transcript.PageButton button(Transcript.Entry entry, String labelStart) {
    return entry.buttons().stream()
        .flatMap(List::stream)
        .filter(b -> b.label().startsWith(labelStart))
        .findFirst()
        .orElse(null);
  }
}
