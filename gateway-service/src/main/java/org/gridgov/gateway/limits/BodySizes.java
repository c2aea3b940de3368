package org.gridgov.gateway.limits;

import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * The largest request body each path may carry: a path with a size of its own (an import) and every
 * path below it get that size, every other path the default. Matched on the path as the caller sent
 * it, by prefix at a segment boundary, so the check costs no parsing on every request; a path spelt
 * otherwise (encoded, with parameters) gets the default, never a larger size.
 */
final class BodySizes {

    private final long defaultMax;
    private final List<PathSize> paths;

    BodySizes(long defaultMax, Map<String, LimitProperties.PathBodySize> configured) {
        this.defaultMax = defaultMax;
        this.paths = configured.entrySet().stream()
                .map(entry -> PathSize.of(entry.getKey(), entry.getValue()))
                // The most specific path first, should one size sit below another.
                .sorted(Comparator.comparingInt((PathSize size) -> size.path().length()).reversed())
                .toList();
    }

    static BodySizes of(LimitProperties properties) {
        return new BodySizes(properties.maxBodySize().toBytes(), properties.bodySizes());
    }

    long maxFor(String path) {
        for (PathSize size : paths) {
            if (size.covers(path)) {
                return size.maxBytes();
            }
        }
        return defaultMax;
    }

    private record PathSize(String path, long maxBytes) {

        static PathSize of(String name, LimitProperties.PathBodySize configured) {
            String path = configured.path();
            if (path == null || !path.startsWith("/") || configured.max() == null) {
                throw new IllegalArgumentException("gridgov.gateway.limits.body-sizes." + name
                        + " needs a path starting with / and a max");
            }
            return new PathSize(path.endsWith("/") ? path.substring(0, path.length() - 1) : path,
                    configured.max().toBytes());
        }

        boolean covers(String requested) {
            return requested.startsWith(path)
                    && (requested.length() == path.length() || requested.charAt(path.length()) == '/');
        }
    }
}
