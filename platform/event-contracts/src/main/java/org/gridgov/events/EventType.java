package org.gridgov.events;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Names the CloudEvents type of a payload record and the JSON Schema that describes its data.
 * Types are versioned ({@code org.gridgov.case.filed.v1}); a breaking change is a new record with
 * a new {@code .vN} type, published beside the old one until consumers have moved.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface EventType {

    /** The {@code ce_type}, e.g. {@code org.gridgov.case.filed.v1}. */
    String value();

    /** The schema resource below {@code schemas/}, e.g. {@code case/filed.v1.json}. */
    String schema();
}
