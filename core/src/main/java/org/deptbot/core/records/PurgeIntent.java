package org.deptbot.core.records;

import java.time.Instant;
import java.util.List;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A purge begun and not yet finished (collection {@code purges}). It is written before anything is
 * deleted and removed once the purge is in the audit log, so a purge cut short by a crash is
 * finished by the next run: the record's files are known even after the record is gone, and the
 * audit entry is written exactly once.
 *
 * @param subject the record's audit subject, such as {@code notice:N-2026-000001}
 * @param files what the record keeps outside its document: notice and tip photo hashes, evidence
 *     file ids
 * @param schedule the retention period that applied, such as {@code P3Y}
 */
@Document("purges")
record PurgeIntent(
    @Id String subject,
    RecordType type,
    String recordId,
    Instant closedAt,
    String schedule,
    List<String> files,
    Instant startedAt) {

  PurgeIntent {
    files = files == null ? List.of() : List.copyOf(files);
  }
}
