/**
 * How settings reach the program: every setting is a {@code deptbot.*} property whose environment
 * variable is its name in capitals ({@code DEPTBOT_…}); the names used before are still read.
 */
package org.deptbot.core.config;
