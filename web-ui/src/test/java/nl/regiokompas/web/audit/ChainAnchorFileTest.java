package nl.regiokompas.web.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;

import nl.regiokompas.api.audit.HashChainAnchor;
import nl.regiokompas.api.audit.RecordedAnchor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The anchor file: appended to, one line per anchor, and read back without trusting what is not an anchor. */
class ChainAnchorFileTest {

    private static final String HASH = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08";

    @TempDir
    Path directory;

    @Test
    void appended_anchors_read_back_in_order_and_earlier_lines_are_kept() throws Exception {
        Path path = directory.resolve("chain-anchors.log");
        Files.writeString(path, "2027-03-01T11:00:00Z 1:" + HASH + "\n");
        ChainAnchorFile file = new ChainAnchorFile(path);
        RecordedAnchor second = new RecordedAnchor(Instant.parse("2027-03-01T12:00:00.123Z"), new HashChainAnchor(2, HASH));

        file.append(second);

        assertThat(Files.readAllLines(path)).containsExactly("2027-03-01T11:00:00Z 1:" + HASH,
                "2027-03-01T12:00:00.123Z 2:" + HASH);
        assertThat(file.read().anchors()).extracting(RecordedAnchor::anchor)
                .containsExactly(new HashChainAnchor(1, HASH), new HashChainAnchor(2, HASH));
    }

    @Test
    void lines_that_are_not_anchors_are_counted_and_left_out() throws Exception {
        Path path = directory.resolve("chain-anchors.log");
        Files.writeString(path, "2027-03-01T11:00:00Z 1:" + HASH + "\nbewerkt\n\n2027-03-01T11:05:00Z 2:abc\n"
                + "2027-03-01T11:10:00Z 3:" + HASH.substring(0, 20), StandardOpenOption.CREATE_NEW);

        RecordedAnchor.File read = new ChainAnchorFile(path).read();

        assertThat(read.anchors()).hasSize(1);
        assertThat(read.unreadableLines()).isEqualTo(3);
    }

    @Test
    void a_missing_file_has_no_anchors() {
        assertThat(new ChainAnchorFile(directory.resolve("nog-niet")).read().anchors()).isEmpty();
    }
}
