package io.stacklint.maven;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.WeakHashMap;
import org.apache.maven.execution.MavenExecutionRequest;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.project.MavenProject;

/**
 * The findings of every {@code stack:check} execution of one Maven session, so that the build fails once, at the
 * end of the reactor, with every module's findings. Keyed by the session's execution request, which every thread
 * of a {@code -T} build shares (Maven gives each module's thread a clone of the session itself), by identity (the
 * plugin's class loader can outlive a build in a daemon) and weakly, so a finished build's findings go with it;
 * synchronized because {@code -T} builds run modules on several threads.
 */
final class ReactorFindings {

    /**
     * What one module's execution found: its label and its failing findings, as the final block lists them.
     *
     * @param firstTechnology the id of its first failing technology, for the waiver hint
     * @param failOn          the fail threshold it applied
     */
    record Module(String label, List<String> lines, int errors, String firstTechnology, String failOn) {

        Module {
            lines = List.copyOf(lines);
        }
    }

    private static final Map<MavenExecutionRequest, ReactorFindings> BUILDS =
            Collections.synchronizedMap(new WeakHashMap<>());

    /** By project id ({@code groupId:artifactId:version}), in the order the executions finished. */
    private final Map<String, Module> modules = new LinkedHashMap<>();

    ReactorFindings() {
    }

    static ReactorFindings of(MavenSession session) {
        return BUILDS.computeIfAbsent(session.getRequest(), request -> new ReactorFindings());
    }

    /**
     * Records one module's result. Returns every module with failing findings when this execution is the last one
     * the session expects ({@code expected}: the ids of the projects that run the goal, in reactor order, which is
     * the order of the result), else empty.
     */
    synchronized Optional<List<Module>> record(MavenProject project, Module module, List<String> expected) {
        modules.put(project.getId(), module);
        if (!modules.keySet().containsAll(expected)) {
            return Optional.empty();
        }
        List<Module> failing = new ArrayList<>();
        for (String id : expected) {
            Module each = modules.get(id);
            if (each.errors() > 0) {
                failing.add(each);
            }
        }
        // A second round in the same session (two executions per module) starts from nothing.
        modules.clear();
        return Optional.of(failing);
    }
}
