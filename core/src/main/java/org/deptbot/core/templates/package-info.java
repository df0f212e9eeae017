/**
 * Notice templates: approved wording with typed blanks. Versions move DRAFT -> PENDING_APPROVAL ->
 * APPROVED -> RETIRED; the author never approves, and an approved version never changes.
 */
package org.deptbot.core.templates;
