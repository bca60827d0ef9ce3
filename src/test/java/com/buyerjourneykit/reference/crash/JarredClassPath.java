package com.buyerjourneykit.reference.crash;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;

/**
 * This JVM's class path with every folder of classes packed into a jar: the same classes, in the only form a
 * shared class archive (AppCDS) accepts, since the JVM refuses to archive from a class path with a non-empty folder.
 */
final class JarredClassPath {
    private JarredClassPath() {
    }

    /** The class path with its folders packed into jars in the new folder {@code into}. */
    static String of(String classPath, Path into) {
        try {
            Files.createDirectories(into);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<String> entries = new ArrayList<>();
        int folder = 0;
        for (String entry : classPath.split(File.pathSeparator)) {
            Path path = Path.of(entry);
            entries.add(Files.isDirectory(path) ? pack(path, into.resolve("classes-" + folder++ + ".jar")).toString() : entry);
        }
        return String.join(File.pathSeparator, entries);
    }

    /** Folders too, as entries of their own: the app looks some up as resources (its static files, its migrations). */
    private static void add(Path folder, Path file, JarOutputStream out) throws IOException {
        String name = folder.relativize(file).toString().replace(File.separatorChar, '/');
        boolean isFolder = Files.isDirectory(file);
        out.putNextEntry(new JarEntry(isFolder ? name + "/" : name));
        if (!isFolder) {
            Files.copy(file, out);
        }
        out.closeEntry();
    }

    private static Path pack(Path folder, Path jar) {
        try (Stream<Path> files = Files.walk(folder); JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar))) {
            for (Path file : files.filter(file -> !file.equals(folder)).toList()) {
                add(folder, file, out);
            }
            return jar;
        } catch (IOException e) {
            throw new UncheckedIOException("could not pack " + folder + " into " + jar, e);
        }
    }
}
