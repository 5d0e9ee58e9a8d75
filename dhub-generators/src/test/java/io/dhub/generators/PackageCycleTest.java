package io.dhub.generators;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The generator packages import each other without a cycle: read from the sources' import lines,
 * each package a node, and searched depth first. The domains write rows through the row sink
 * ({@code rows}) and never import the COPY loader ({@code load}).
 */
class PackageCycleTest {
    private static final Path SOURCES = Path.of("src", "main", "java", "io", "dhub", "generators");
    private static final Pattern IMPORT = Pattern.compile("^import (?:static )?io\\.dhub\\.generators\\.([a-z]+)\\.",
            Pattern.MULTILINE);

    @Test
    void noPackageCycle() throws IOException {
        Map<String, Set<String>> graph = new TreeMap<>();
        try (Stream<Path> files = Files.walk(SOURCES)) {
            for (Path file : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                Path relative = SOURCES.relativize(file.getParent());
                String from = relative.toString().isEmpty() ? "(root)" : relative.getName(0).toString();
                Matcher m = IMPORT.matcher(Files.readString(file));
                Set<String> to = graph.computeIfAbsent(from, k -> new TreeSet<>());
                while (m.find()) {
                    if (!m.group(1).equals(from)) {
                        to.add(m.group(1));
                    }
                }
            }
        }
        assertTrue(graph.size() >= 8, "read the packages: " + graph.keySet());
        assertTrue(!graph.get("customers").contains("loans"), "customers must not import loans: " + graph);
        for (String domain : List.of("employees", "customers", "crm", "development", "loans", "insurance")) {
            assertTrue(!graph.get(domain).contains("load"), domain + " writes rows through rows.RowSink, never the "
                    + "COPY loader: " + graph);
        }
        assertTrue(graph.get("rows").isEmpty(), "the row sink knows no other package: " + graph);
        assertEquals(Set.of("ids"), graph.get("market"), "the market knows only the id formats: " + graph);
        for (String start : graph.keySet()) {
            List<String> cycle = cycleFrom(start, start, graph, new ArrayList<>(List.of(start)), new TreeSet<>());
            assertTrue(cycle == null, "package cycle " + cycle + " in " + graph);
        }
    }

    private static List<String> cycleFrom(String start, String at, Map<String, Set<String>> graph, List<String> path,
                                          Set<String> seen) {
        for (String next : graph.getOrDefault(at, Set.of())) {
            if (next.equals(start)) {
                List<String> cycle = new ArrayList<>(path);
                cycle.add(start);
                return cycle;
            }
            if (seen.add(next)) {
                path.add(next);
                List<String> found = cycleFrom(start, next, graph, path, seen);
                if (found != null) {
                    return found;
                }
                path.remove(path.size() - 1);
            }
        }
        return null;
    }
}
