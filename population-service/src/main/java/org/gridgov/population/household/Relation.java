package org.gridgov.population.household;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** A member's relation to the head of the household (与户主关系). */
public enum Relation {
    HEAD,
    SPOUSE,
    CHILD,
    CHILD_IN_LAW,
    PARENT,
    GRANDCHILD,
    GRANDPARENT,
    SIBLING,
    OTHER;

    // As census sheets write them: the household register's words and their common variants.
    private static final Map<String, Relation> WRITTEN = Map.ofEntries(
            Map.entry("户主", HEAD), Map.entry("本人", HEAD),
            Map.entry("配偶", SPOUSE), Map.entry("妻", SPOUSE), Map.entry("妻子", SPOUSE), Map.entry("夫", SPOUSE),
            Map.entry("丈夫", SPOUSE),
            Map.entry("子", CHILD), Map.entry("女", CHILD), Map.entry("儿子", CHILD), Map.entry("女儿", CHILD),
            Map.entry("长子", CHILD), Map.entry("次子", CHILD), Map.entry("长女", CHILD), Map.entry("次女", CHILD),
            Map.entry("儿媳", CHILD_IN_LAW), Map.entry("女婿", CHILD_IN_LAW),
            Map.entry("父亲", PARENT), Map.entry("母亲", PARENT), Map.entry("父", PARENT), Map.entry("母", PARENT),
            Map.entry("孙子", GRANDCHILD), Map.entry("孙女", GRANDCHILD), Map.entry("外孙子", GRANDCHILD),
            Map.entry("外孙女", GRANDCHILD),
            Map.entry("祖父", GRANDPARENT), Map.entry("祖母", GRANDPARENT),
            Map.entry("兄", SIBLING), Map.entry("弟", SIBLING), Map.entry("姐", SIBLING), Map.entry("妹", SIBLING),
            Map.entry("兄弟姐妹", SIBLING),
            Map.entry("其他", OTHER));

    /** The relation a census sheet writes, in Chinese or as this enum's name. */
    public static Optional<Relation> fromWritten(String written) {
        if (written == null || written.isBlank()) {
            return Optional.empty();
        }
        String word = written.strip();
        Relation known = WRITTEN.get(word);
        if (known != null) {
            return Optional.of(known);
        }
        try {
            return Optional.of(Relation.valueOf(word.toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
