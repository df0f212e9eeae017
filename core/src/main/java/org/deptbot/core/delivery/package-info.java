/**
 * Deliveries: one document per (notice revision, recipient), claimed by workers with a lease and
 * moved QUEUED -> SENDING -> SENT | FAILED | SKIPPED by single conditional writes, so several bot
 * processes can share the work and a crash loses nothing.
 */
package org.deptbot.core.delivery;
