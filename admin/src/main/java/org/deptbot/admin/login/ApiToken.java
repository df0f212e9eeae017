package org.deptbot.admin.login;

import java.time.Instant;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A personal token for the REST API. Only its SHA-256 is stored; the token itself is shown once.
 *
 * @param hash hex SHA-256 of the token
 * @param staffId whose token it is; the API acts as that member, with their rights as they are now
 * @param label what its owner called it
 * @param createdAt when it was made
 */
@Document("api_tokens")
public record ApiToken(@Id String hash, String staffId, String label, Instant createdAt) {}
