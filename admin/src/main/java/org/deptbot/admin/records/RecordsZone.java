package org.deptbot.admin.records;

import java.time.ZoneId;

/** The department's time zone, in which a records officer's dates are read. */
record RecordsZone(ZoneId zone) {}
