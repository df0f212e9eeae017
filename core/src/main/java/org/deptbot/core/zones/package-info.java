/**
 * Zones: named parts of the department's area (a polygon or a circle, with optional geocodes such
 * as SAME or ZIP codes), declared in the seed file inside the department's bounds. A notice names
 * the zones it is about, subscribers may follow zones, CAP documents carry the zones as {@code
 * <area>} elements, and the console draws them on a map of its own (an SVG).
 */
package org.deptbot.core.zones;
