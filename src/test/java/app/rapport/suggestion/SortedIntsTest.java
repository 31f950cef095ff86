package app.rapport.suggestion;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Random;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

class SortedIntsTest {

    @Test
    void countsWhatTwoSortedArraysShareByMergeOrBySearch() {
        Random random = new Random(5);
        for (int round = 0; round < 500; round++) {
            // Sizes from equal (a merge) to one far shorter than the other (binary searches), either way round.
            int[] a = sortedDistinct(random, random.nextInt(40), 200);
            int[] b = sortedDistinct(random, random.nextInt(2) == 0 ? random.nextInt(40) : 100 + random.nextInt(100), 200);
            int expected = (int) Arrays.stream(a).filter(x -> Arrays.binarySearch(b, x) >= 0).count();
            assertThat(SortedInts.common(a, b)).isEqualTo(expected);
            assertThat(SortedInts.common(b, a)).isEqualTo(expected);
        }
    }

    @Test
    void readsOnlyTheGivenPrefixes() {
        int[] row = {1, 3, 5, 7, 9, 11, 13, 15, 17, 19, 21, 23, 25, 27, 29, 31, 33, 35};
        int[] buffer = {3, 9, 35, 1, 2}; // a reused buffer: only its first 3 entries are the set
        assertThat(SortedInts.common(row, row.length, buffer, 3)).isEqualTo(3);
        assertThat(SortedInts.common(row, 4, buffer, 3)).isEqualTo(1); // row prefix {1, 3, 5, 7}
        assertThat(SortedInts.common(buffer, 0, row, row.length)).isZero();
        assertThat(SortedInts.common(new int[] {2}, 1, row, row.length)).isZero();
    }

    private static int[] sortedDistinct(Random random, int size, int bound) {
        return IntStream.generate(() -> random.nextInt(bound)).distinct().limit(size).sorted().toArray();
    }
}
