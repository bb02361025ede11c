package se.finsam.check.web;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFilePermissions;

/** The server's private temporary folders: readable by the user alone, deleted whole when done with. */
final class Folders {

    private Folders() {
    }

    /** A new folder inside parent (or the system's temporary folder when parent is null), for this user only. */
    static Path create(Path parent, String prefix) throws IOException {
        boolean posix = FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
        if (!posix) {
            return parent == null ? Files.createTempDirectory(prefix) : Files.createTempDirectory(parent, prefix);
        }
        var ownerOnly = PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------"));
        return parent == null ? Files.createTempDirectory(prefix, ownerOnly)
                : Files.createTempDirectory(parent, prefix, ownerOnly);
    }

    /** Deletes what a folder holds and keeps the folder. Never throws. */
    static void empty(Path folder) {
        try (var children = Files.list(folder)) {
            children.forEach(Folders::delete);
        } catch (IOException e) {
            // see delete
        }
    }

    /** Deletes a folder and everything in it; symbolic links are removed, never followed. Never throws. */
    static void delete(Path folder) {
        if (folder == null || !Files.exists(folder)) {
            return;
        }
        try {
            Files.walkFileTree(folder, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                    Files.deleteIfExists(file);
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult postVisitDirectory(Path dir, IOException e) throws IOException {
                    Files.deleteIfExists(dir);
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            // what is left is inside the server's private folder, which is deleted when the server stops
        }
    }
}
