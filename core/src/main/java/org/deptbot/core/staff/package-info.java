/**
 * The department's staff: roster, roles, chain of command, and which chat accounts belong to whom.
 * A chat user with no link is a member of the public.
 */
package org.deptbot.core.staff;
