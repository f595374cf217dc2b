package io.stacklint.source;

import java.util.ArrayList;
import java.util.List;
import org.eclipse.jgit.ignore.IgnoreNode;

/**
 * The .gitignore files in force at one folder of a walk, outermost first. Shared by every tree so a folder and a
 * git revision of it skip exactly the same files.
 */
final class IgnoreStack {

    static final IgnoreStack EMPTY = new IgnoreStack(List.of());

    private final List<Scoped> scopes;

    private IgnoreStack(List<Scoped> scopes) {
        this.scopes = scopes;
    }

    /** This stack with the rules of the .gitignore of the folder at {@code base} ("" for the root) on top. */
    IgnoreStack with(String base, IgnoreNode node) {
        List<Scoped> more = new ArrayList<>(scopes);
        more.add(new Scoped(base, node));
        return new IgnoreStack(List.copyOf(more));
    }

    /** Git's precedence: the deepest .gitignore with a matching rule decides. */
    boolean ignored(String path, boolean folder) {
        for (int i = scopes.size() - 1; i >= 0; i--) {
            Scoped scoped = scopes.get(i);
            String within = scoped.base.isEmpty() ? path : path.substring(scoped.base.length() + 1);
            Boolean ignored = scoped.node.checkIgnored(within, folder);
            if (ignored != null) {
                return ignored;
            }
        }
        return false;
    }

    private record Scoped(String base, IgnoreNode node) {
    }
}
