/**
 * The department's domain and its MongoDB persistence, shared by the bot and the admin console. No
 * chat SDK and no web types live here.
 */
package org.deptbot.core;
