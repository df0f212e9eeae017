package org.deptbot.bot.chat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * What pressing a button does, typed: run a command with its arguments, answer the current step of
 * a guided flow, or open a form. The platform only carries the button's opaque id; the action is
 * kept server-side, sealed ({@link ButtonActions}), written and read by {@link ButtonActionCodec}
 * alone. The engine hands a {@link Command} to the command's {@link ChatCommand#onPress} and an
 * {@link Answer} to the flow's {@link ChatFlow#onAnswer}, so no command or flow takes a string
 * apart to learn what was pressed.
 */
public sealed interface ButtonAction {

  /**
   * Runs the command {@code name} with these arguments, as if typed ({@code /case_act R-… ack} is
   * {@code command("case_act", "R-…", "ack")}); its permission is checked as for a typed command.
   *
   * @param name the command's name, without the slash, lower case
   * @param arguments each argument whole (one may hold spaces, such as an answer's text)
   */
  record Command(String name, List<String> arguments) implements ButtonAction {

    public Command {
      Objects.requireNonNull(name, "name");
      name = name.toLowerCase(Locale.ROOT);
      arguments = List.copyOf(arguments);
    }

    /** The argument at {@code index}, or null when there are fewer. */
    public String argument(int index) {
      return index < arguments.size() ? arguments.get(index) : null;
    }

    /** This command with one more argument at the end. */
    public Command with(String argument) {
      List<String> more = new ArrayList<>(arguments);
      more.add(argument);
      return new Command(name, more);
    }

    /** The arguments as they would be typed after the command's name. */
    public String line() {
      return String.join(" ", arguments);
    }
  }

  /**
   * Answers the step the flow {@code flow} waits on with {@code choice} (such as {@code pick},
   * {@code confirm}, {@code stop}) and, for a choice among several, the one chosen.
   *
   * @param value what was chosen ({@code pick} of blank choice {@code 2}), or "" when the choice
   *     needs none
   */
  record Answer(String flow, String choice, String value) implements ButtonAction {

    public Answer {
      Objects.requireNonNull(flow, "flow");
      Objects.requireNonNull(choice, "choice");
      value = value == null ? "" : value;
    }
  }

  /**
   * Opens the button's form where the platform can show one; pressed where none can be, the person
   * is asked to type the answer instead.
   */
  record OpenForm() implements ButtonAction {}

  /**
   * A stored action that cannot be read: written by a version this one does not know, or damaged.
   * The press is refused with a clear answer and nothing is done.
   *
   * @param why what was wrong with it, for the log (never its content)
   */
  record Unreadable(String why) implements ButtonAction {}

  /** {@code /name arguments…} as a button. */
  static Command command(String name, String... arguments) {
    return new Command(name, List.of(arguments));
  }

  /** A flow's answer that needs no value ({@code stop}, {@code confirm}). */
  static Answer answer(String flow, String choice) {
    return new Answer(flow, choice, "");
  }

  /** A flow's answer choosing {@code value} ({@code pick}, {@code 2}). */
  static Answer answer(String flow, String choice, String value) {
    return new Answer(flow, choice, value);
  }

  /**
   * A command as typed in the chat, such as {@code /mycases R-2026-000042}: its name and its
   * arguments split at white space. Null for a line that is no command.
   */
  static Command typed(String line) {
    String stripped = line == null ? "" : line.strip();
    if (!stripped.startsWith("/") || stripped.length() < 2) {
      return null;
    }
    String[] parts = stripped.substring(1).split("\\s+", 2);
    return typed(parts[0], parts.length > 1 ? parts[1] : "");
  }

  /** The command {@code name} typed with {@code arguments}, split at white space. */
  static Command typed(String name, String arguments) {
    String rest = arguments == null ? "" : arguments.strip();
    return new Command(name, rest.isEmpty() ? List.of() : List.of(rest.split("\\s+")));
  }
}
