package org.deptbot.core;

import java.util.List;

/**
 * A record cannot make the change asked for (a template approved by its author, a notice updated
 * after it was cancelled, a case acknowledged twice). {@link #reason()} and {@link #arguments()}
 * let the chat and the console word it for their readers; the message is for logs. Each record type
 * has its own subclass with its own reasons (Java allows no generic exceptions).
 */
public abstract class TransitionRefused extends RuntimeException {

  private final Enum<?> reason;
  private final List<Object> arguments;

  protected TransitionRefused(Enum<?> reason, String message, Object... arguments) {
    super(message);
    this.reason = reason;
    this.arguments = List.of(arguments);
  }

  public Enum<?> reason() {
    return reason;
  }

  public Object[] arguments() {
    return arguments.toArray();
  }
}
