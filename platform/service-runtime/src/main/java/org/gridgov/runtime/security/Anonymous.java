package org.gridgov.runtime.security;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A handler method anybody may call, without a token: a resident's report and the tracking of it.
 * Its path must also be one of {@code gridgov.security.public-paths}, which the security filters open
 * before any handler is known; a path opened there whose handler says {@link AllowedRoles} still
 * asks for a token. Published as {@code x-gridgov-roles: ["ANONYMOUS"]}.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface Anonymous {
}
