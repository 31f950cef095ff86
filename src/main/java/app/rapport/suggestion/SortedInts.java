package app.rapport.suggestion;

import java.util.Arrays;

/** Counting what two sorted, duplicate-free int arrays (member or item indexes) have in common. */
final class SortedInts {

    private SortedInts() {
    }

    /** |a ∩ b| of two sorted arrays. */
    static int common(int[] a, int[] b) {
        return common(a, a.length, b, b.length);
    }

    /**
     * |a[0..aSize) ∩ b[0..bSize)| (both sorted): binary searches of the shorter in the longer when it is far
     * shorter (a member of a few friends against a hub's list), else one merge of both.
     */
    static int common(int[] a, int aSize, int[] b, int bSize) {
        boolean aSmall = aSize <= bSize;
        int[] small = aSmall ? a : b;
        int[] large = aSmall ? b : a;
        int smallSize = aSmall ? aSize : bSize;
        int largeSize = aSmall ? bSize : aSize;
        int n = 0;
        if ((long) smallSize * 16 < largeSize) {
            for (int k = 0; k < smallSize; k++) {
                n += Arrays.binarySearch(large, 0, largeSize, small[k]) >= 0 ? 1 : 0;
            }
            return n;
        }
        for (int i = 0, j = 0; i < smallSize && j < largeSize;) {
            if (small[i] < large[j]) {
                i++;
            } else if (small[i] > large[j]) {
                j++;
            } else {
                n++;
                i++;
                j++;
            }
        }
        return n;
    }
}
