package org.deptbot.core.templates;

import java.time.Instant;

/** One step in a template version's life, kept with it for the record. */
public record TemplateEvent(Instant at, String byStaffId, String what, String reason) {}
