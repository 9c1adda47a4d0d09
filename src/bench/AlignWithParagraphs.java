import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.parallax.core.align.Aligners;
import org.parallax.core.align.Alignment;
import org.parallax.core.align.AlignmentInput;
import org.parallax.core.align.Bead;

/**
 * Benchmark helper (a single-file program, run with {@code java -cp CLASSPATH src/bench/AlignWithParagraphs.java}):
 * aligns presegmented SRC and TGT with paragraph starts read from SRC_PAR and TGT_PAR (one index per line, as
 * {@code make-scaling-input.py --paragraphs} writes them) using {@code Aligners.paragraphFirst()}, and prints the
 * beads in the eval format. The CLI has no way to give paragraphs to presegmented input.
 *
 * <p>Usage: {@code AlignWithParagraphs SRC TGT SRC_PAR TGT_PAR}
 */
public final class AlignWithParagraphs {

    public static void main(String[] args) throws IOException {
        AlignmentInput input = AlignmentInput.of(Files.readAllLines(Path.of(args[0])), Files.readAllLines(Path.of(args[1])))
                .withParagraphs(starts(args[2]), starts(args[3]));
        Alignment alignment = Aligners.paragraphFirst().align(input);
        StringBuilder out = new StringBuilder();
        for (Bead bead : alignment.beads()) {
            out.append(bead.toBeadString()).append('\n');
        }
        System.out.print(out);
    }

    private static List<Integer> starts(String file) throws IOException {
        return Files.readAllLines(Path.of(file)).stream().filter(line -> !line.isBlank()).map(Integer::valueOf).toList();
    }
}
