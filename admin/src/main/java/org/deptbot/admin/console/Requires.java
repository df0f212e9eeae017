package org.deptbot.admin.console;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.deptbot.core.access.Permission;

/**
 * A page or API call open to whoever holds any of these permissions. Every handler in the console
 * carries this, {@link AnyStaff} or {@link Public}; one without is refused to everyone.
 */
@Target({ElementType.METHOD, ElementType.TYPE})
@Retention(RetentionPolicy.RUNTIME)
public @interface Requires {
  Permission[] value();
}
