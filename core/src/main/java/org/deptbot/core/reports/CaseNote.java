package org.deptbot.core.reports;

import java.time.Instant;

/**
 * A handler's note on a case. Only the case's handlers (present and past) and internal affairs read
 * notes ({@link CaseAccess#maySeeNotes}); never the subject, never the reporter, and never the
 * handlers' superiors who see the case through the chain of command. Notes are not events: nothing
 * about them reaches the case's history, its reporter or a public-records bundle.
 *
 * @param id the note's number within its case: {@code N1}, {@code N2}, ...
 * @param by the staff id of who wrote it
 */
public record CaseNote(String id, Instant at, String by, String text) {}
