package org.deptbot.admin.console;

import static io.swagger.v3.oas.annotations.media.Schema.RequiredMode.REQUIRED;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * The body of an API call that cannot be taken back and needs nothing else: {@code {"reason":
 * "…"}}. Without a reason (no body, a blank one, or over {@value Confirmation#MAX_REASON}
 * characters) the call is refused with 400 and nothing changes, as on the console's confirmation
 * pages.
 */
public record ApiReason(
    @Schema(
            requiredMode = REQUIRED,
            maxLength = Confirmation.MAX_REASON,
            description = Confirmation.WHY)
        String reason) {

  /** The reason of {@code body}, stripped; a {@link BadInput} (400) when there is none. */
  public static String of(ApiReason body) {
    return Confirmation.requiredOf(body == null ? null : body.reason());
  }
}
