package org.deptbot.core.testing;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A test class that drives a headless browser ({@link Browser}). On a machine without Debian's
 * chromium and chromium-driver it is skipped, with one loud line saying how to run it; where {@code
 * DEPTBOT_BROWSER_TESTS=required} (as {@code .ci/run} sets it) it always runs, so CI never skips
 * it.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ExtendWith(BrowserCondition.class)
public @interface BrowserTest {}
