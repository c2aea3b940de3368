package org.gridgov.runtime.security;

import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import org.springframework.beans.factory.ListableBeanFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.handler.AbstractHandlerMethodMapping;

/**
 * Deny by default, at start: a service whose own handler methods lack an allow-list (neither
 * {@link AllowedRoles} nor {@link Anonymous}, or both) does not start, and says which. Such a handler
 * would answer 403 to everyone; a service that starts is one where every endpoint says who may call it.
 */
final class AllowListCheck implements SmartInitializingSingleton {

    private final ListableBeanFactory beans;

    AllowListCheck(ListableBeanFactory beans) {
        this.beans = beans;
    }

    @Override
    public void afterSingletonsInstantiated() {
        List<String> unlisted = unlisted(beans);
        if (!unlisted.isEmpty()) {
            throw new UnlistedHandlersException(unlisted);
        }
    }

    /** The service's own handler methods without an allow-list, as {@code Type#method [mapping]}. */
    @SuppressWarnings("rawtypes")
    static List<String> unlisted(ListableBeanFactory beans) {
        TreeSet<String> unlisted = new TreeSet<>();
        for (AbstractHandlerMethodMapping<?> mapping : beans.getBeansOfType(AbstractHandlerMethodMapping.class).values()) {
            for (Map.Entry<?, HandlerMethod> entry : mapping.getHandlerMethods().entrySet()) {
                HandlerMethod handler = entry.getValue();
                if (AllowList.isOwn(handler) && AllowList.of(handler).isEmpty()) {
                    unlisted.add(handler.getBeanType().getSimpleName() + "#" + handler.getMethod().getName()
                            + " " + entry.getKey());
                }
            }
        }
        return List.copyOf(unlisted);
    }

    /** Thrown at start: the handler methods that say neither who may call them nor that anybody may. */
    static final class UnlistedHandlersException extends IllegalStateException {

        UnlistedHandlersException(List<String> handlers) {
            super("Every handler method needs @AllowedRoles or @Anonymous (deny by default); without one: "
                    + String.join(", ", handlers));
        }
    }
}
