package org.gridgov.runtime.docs;

import io.swagger.v3.oas.models.Operation;
import org.gridgov.runtime.security.AllowList;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springframework.web.method.HandlerMethod;

/**
 * Publishes each operation's allow-list in the OpenAPI document as {@code x-gridgov-roles}: the role
 * names of its {@code @AllowedRoles}, or {@code ["ANONYMOUS"]} for an {@code @Anonymous} one. Tests
 * outside the services (the dev stack's leak matrix) read exactly this extension to know what every
 * role should get from every endpoint, so its name and shape are a contract.
 */
public final class OperationRoles implements OperationCustomizer {

    /** The extension's name. */
    public static final String EXTENSION = "x-gridgov-roles";

    @Override
    public Operation customize(Operation operation, HandlerMethod handler) {
        AllowList.of(handler).ifPresent(allowList -> operation.addExtension(EXTENSION, allowList.names()));
        return operation;
    }
}
