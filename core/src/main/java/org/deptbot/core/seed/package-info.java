/**
 * The department seed file: a YAML file that declares the department, its staff roster with roles
 * and chain of command, and its notice channels. {@link org.deptbot.core.seed.SeedParser} reads and
 * checks the whole file and either returns a valid {@link org.deptbot.core.seed.SeedFile} or throws
 * {@link org.deptbot.core.seed.SeedFileInvalid} listing every problem with its line.
 */
package org.deptbot.core.seed;
