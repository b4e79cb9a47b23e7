package nl.regiokompas.web.audit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.SeekableByteChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import nl.regiokompas.api.audit.HashChainAnchor;
import nl.regiokompas.api.audit.RecordedAnchor;

/**
 * The anchor file: one line per recorded chain head, {@code <ISO-8601 instant> <position>:<hexhash>}, only ever
 * appended to (opened in append mode for each line, and forced to disk). Created readable and writable by
 * its owner only. Lines that are not of that form are counted, not trusted.
 */
final class ChainAnchorFile {

    private static final Set<StandardOpenOption> APPEND = Set.of(StandardOpenOption.CREATE, StandardOpenOption.APPEND,
            StandardOpenOption.WRITE);

    private final Path path;

    ChainAnchorFile(Path path) {
        this.path = path;
    }

    Path path() {
        return path;
    }

    synchronized void append(RecordedAnchor recorded) {
        byte[] line = (recorded.recordedAt() + " " + recorded.anchor().text() + "\n").getBytes(StandardCharsets.US_ASCII);
        try {
            Files.createDirectories(path.toAbsolutePath().getParent());
            try (SeekableByteChannel channel = Files.newByteChannel(path, APPEND, ownerOnly())) {
                channel.write(ByteBuffer.wrap(line));
                if (channel instanceof java.nio.channels.FileChannel file) {
                    file.force(false);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Could not append to the anchor file " + path, e);
        }
    }

    /** Every line of the file, read as anchors; a missing file has none. */
    synchronized RecordedAnchor.File read() {
        if (!Files.exists(path)) {
            return new RecordedAnchor.File(List.of(), 0);
        }
        List<String> lines;
        try {
            lines = Files.readAllLines(path, StandardCharsets.US_ASCII);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read the anchor file " + path, e);
        }
        List<RecordedAnchor> anchors = new ArrayList<>(lines.size());
        int unreadable = 0;
        for (String line : lines) {
            if (line.isBlank()) {
                continue;
            }
            Optional<RecordedAnchor> anchor = parse(line);
            if (anchor.isPresent()) {
                anchors.add(anchor.get());
            } else {
                unreadable++;
            }
        }
        return new RecordedAnchor.File(List.copyOf(anchors), unreadable);
    }

    static Optional<RecordedAnchor> parse(String line) {
        String[] fields = line.strip().split(" ");
        if (fields.length != 2) {
            return Optional.empty();
        }
        try {
            return Optional.of(new RecordedAnchor(Instant.parse(fields[0]), HashChainAnchor.parse(fields[1])));
        } catch (DateTimeParseException | IllegalArgumentException unreadable) {
            return Optional.empty();
        }
    }

    private static FileAttribute<?>[] ownerOnly() {
        if (!FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
            return new FileAttribute<?>[0];
        }
        return new FileAttribute<?>[]{PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------"))};
    }
}
