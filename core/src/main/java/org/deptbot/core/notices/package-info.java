/** Time-sensitive public notices issued from approved templates. */
package org.deptbot.core.notices;
