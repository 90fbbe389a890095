package io.factunit.bench;

import io.factunit.analysis.nlp.TaggerAgreement;
import io.factunit.cli.UsageException;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

/**
 * {@code factunit bench tagger-agreement DIR...}: the fast sentence detector, tokenizer and tagger against
 * OpenNLP's own on every {@code .txt} file under the folders ({@link TaggerAgreement}, the comparison
 * {@code TaggerAgreementTest} runs on its fixture). Prints counts and rates only, no text of the files unless
 * asked to list the differences.
 */
final class TaggerAgreementBench {
    private TaggerAgreementBench() {
    }

    /** Compares on every .txt file under {@code dirs}, in path order, and prints the figures. */
    static void run(List<Path> dirs, boolean listDifferences, PrintStream out) {
        List<Path> files = new ArrayList<>();
        for (Path dir : dirs) {
            if (!Files.isDirectory(dir)) {
                throw new UsageException(dir + ": not a folder");
            }
            try (Stream<Path> found = Files.walk(dir)) {
                found.filter(file -> file.getFileName().toString().endsWith(".txt") && Files.isRegularFile(file))
                        .sorted().forEach(files::add);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        if (files.isEmpty()) {
            throw new UsageException("no .txt file under " + dirs);
        }
        TaggerAgreement agreement = new TaggerAgreement();
        long start = System.nanoTime();
        for (Path file : files) {
            agreement.add(read(file));
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        print(files.size(), agreement, seconds, out);
        if (listDifferences) {
            agreement.tokenDifferences().forEach(d -> out.println("tokens: " + d));
            agreement.beamOneDifferences().forEach(d -> out.println("beam 1: " + d));
            agreement.beamThreeDifferences().forEach(d -> out.println("beam 3: " + d));
        }
        out.flush();
    }

    private static void print(int files, TaggerAgreement agreement, double seconds, PrintStream out) {
        TaggerAgreement.Counts counts = agreement.counts();
        out.printf(Locale.ROOT, "files                         %,d (compared in %.1f s)%n", files, seconds);
        out.printf(Locale.ROOT, "paragraphs split alike        %s%n",
                share(counts.paragraphsSplitAlike(), counts.paragraphs()));
        out.printf(Locale.ROOT, "sentences tokenized alike     %s%n",
                share(counts.sentencesTokenizedAlike(), counts.sentences()));
        out.printf(Locale.ROOT, "tokens compared               %,d%n", counts.tokens());
        out.printf(Locale.ROOT, "token agreement               %s; %,d stretches cut otherwise%n",
                share(counts.tokensAlike(), counts.tokens()), agreement.tokenDifferences().size());
        out.printf(Locale.ROOT, "tag agreement, beam 1         %s%n", share(counts.beamOneAlike(), counts.tokens()));
        out.printf(Locale.ROOT, "tag agreement, beam 3         %s%n", share(counts.beamThreeAlike(), counts.tokens()));
        List<Map.Entry<String, Integer>> pairs = agreement.beamThreeTagPairs();
        if (!pairs.isEmpty()) {
            StringBuilder line = new StringBuilder();
            for (Map.Entry<String, Integer> pair : pairs) {
                line.append(line.length() == 0 ? "" : ", ").append(pair.getKey()).append(' ').append(pair.getValue());
            }
            out.println("beam 3 differences (fast → OpenNLP): " + line);
        }
    }

    private static String share(int alike, int all) {
        return String.format(Locale.ROOT, "%,d of %,d (%.3f%%)", alike, all, all == 0 ? 100.0 : 100.0 * alike / all);
    }

    /** The file as UTF-8, refused with its name when it is not. */
    private static String read(Path file) {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(Files.readAllBytes(file))).toString();
        } catch (CharacterCodingException e) {
            throw new UsageException(file + ": not UTF-8 text");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
