package org.deptbot.core.records;

/**
 * One field left out of an export bundle, as listed in its manifest; never the value itself.
 *
 * @param record the record's audit subject ({@code case:R-2026-000042}), or {@code audit:<seq>}
 * @param field where in the record: {@code reporterId}, {@code revisions[0].values.name}
 * @param reason why, in plain words
 */
public record Redaction(String record, String field, String reason) {}
