/**
 * Leases on scheduled rounds, so that when several bot or console processes share one database each
 * round runs in one of them at a time. A lease saves work; it never decides correctness: every
 * round still writes conditionally, so a round run twice does no harm.
 */
package org.deptbot.core.leases;
