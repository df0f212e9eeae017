/**
 * Enrollment: an admin issues a one-time code for a staff member, and {@code /enroll CODE} in a
 * private chat links that chat account to the member. Codes expire, work once, are stored only as
 * hashes, and wrong guesses are limited per chat account.
 */
package org.deptbot.core.enrollment;
