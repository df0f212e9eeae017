package org.deptbot.core.enrollment;

import java.time.Instant;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * Failed enrollment attempts by one chat account in the current window; guessing codes is limited
 * per account.
 *
 * @param id the chat identity key
 * @param failures failed attempts since {@code windowStart}
 * @param windowStart when the first failure of this window happened
 * @param lockedUntil no attempts are taken before this, or null
 */
@Document("enrollment_attempts")
record EnrollmentAttempt(@Id String id, int failures, Instant windowStart, Instant lockedUntil) {}
