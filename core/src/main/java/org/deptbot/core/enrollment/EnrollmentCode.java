package org.deptbot.core.enrollment;

import java.time.Instant;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A one-time code that links a chat account to a staff member. Only a hash of the code is stored,
 * so a database reader cannot enroll as someone else.
 *
 * @param id SHA-256 of the normalized code
 * @param staffId the member the code enrolls
 * @param issuedBy the member (usually an ADMIN) who issued it
 * @param issuedAt when it was issued
 * @param expiresAt after this it no longer works
 * @param redeemedAt when it was used, or null
 * @param redeemedBy the chat identity key that used it, or null
 * @param revokedAt when an admin revoked it, or null
 */
@Document("enrollment_codes")
public record EnrollmentCode(
    @Id String id,
    String staffId,
    String issuedBy,
    Instant issuedAt,
    Instant expiresAt,
    Instant redeemedAt,
    String redeemedBy,
    Instant revokedAt) {}
