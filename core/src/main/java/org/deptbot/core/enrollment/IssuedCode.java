package org.deptbot.core.enrollment;

import java.time.Instant;

/**
 * A freshly issued code. This is the only time the code itself is known: hand it to the member now,
 * it cannot be shown again.
 */
public record IssuedCode(String code, String staffId, Instant expiresAt) {}
