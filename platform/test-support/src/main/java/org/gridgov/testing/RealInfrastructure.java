package org.gridgov.testing;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Runs a Spring test class against the real PostgreSQL server and Kafka broker of
 * {@link TestInfrastructure}: the class gets a database of its own, its own consumer groups, and
 * its listeners start from the end of their topics, so test classes never see each other's data.
 * Before the first test runs, every listener has its partitions assigned and positioned, so an
 * event sent by the test is never missed.
 */
@Documented
@Inherited
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface RealInfrastructure {
}
