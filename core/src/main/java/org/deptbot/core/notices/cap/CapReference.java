package org.deptbot.core.notices.cap;

import java.time.OffsetDateTime;
import java.util.Objects;

/**
 * An earlier revision that an Update or Cancel replaces, as CAP 1.2 §3.2.1 {@code references}
 * identifies it.
 *
 * @param sender the earlier revision's sender, exactly as it was sent
 * @param identifier the earlier revision's identifier
 * @param sent when the earlier revision was sent; written to the second, like its own {@code sent}
 */
public record CapReference(String sender, String identifier, OffsetDateTime sent) {

  public CapReference {
    CapText.requireToken(sender, "reference sender");
    CapText.requireToken(identifier, "reference identifier");
    Objects.requireNonNull(sent, "reference sent");
  }

  /** The {@code sender,identifier,sent} triple CAP expects. */
  public String toCapTriple() {
    return sender + "," + identifier + "," + CapTime.format(sent);
  }
}
