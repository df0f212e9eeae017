/**
 * Files sent by the public and by reporters, made safe to hand out: a picture is redrawn from its
 * pixels so nothing of its metadata (EXIF, XMP: place, camera, owner) survives, after its header
 * shows it is of a size that can be decoded at all; any other file is withheld, because it cannot
 * be cleaned safely. The original is kept only sealed ({@link
 * org.deptbot.core.reports.ReporterSeal}).
 */
package org.deptbot.core.files;
