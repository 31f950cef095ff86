package app.rapport.importer;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Business ids (ASCII bytes) to dense ints, in order of first appearance: an open-addressing hash table
 * over one byte arena, so the millions of id lookups of a bulk import create no String and no boxed
 * Integer. Each id's String is made once, when asked for. Not thread-safe: one table per reading thread.
 */
final class IdTable {

    private byte[] arena = new byte[1 << 16];
    private int arenaSize;
    /** Start of each id in the arena; id {@code i} ends where {@code i + 1} starts. */
    private int[] starts = new int[1 << 10];
    private int size;
    /**
     * Slots hold the id's hash (high half) and id + 1 (low half; 0 = empty): one random memory access per
     * probe finds both, and a lookup compares bytes only when the hashes match.
     */
    private long[] slots = new long[1 << 11];
    private String[] strings = new String[0];

    int size() {
        return size;
    }

    /** The id's number, adding it when new. */
    int intern(byte[] bytes, int from, int to) {
        int hash = hash(bytes, from, to);
        int mask = slots.length - 1;
        for (int slot = hash & mask; ; slot = (slot + 1) & mask) {
            long packed = slots[slot];
            if (packed == 0) {
                return add(bytes, from, to, hash, slot);
            }
            int entry = (int) packed - 1;
            if ((int) (packed >>> 32) == hash && equal(entry, bytes, from, to)) {
                return entry;
            }
        }
    }

    int intern(String id) {
        byte[] bytes = id.getBytes(StandardCharsets.UTF_8);
        return intern(bytes, 0, bytes.length);
    }

    /** The number of id {@code id} of another table in this one, adding it when new. */
    int intern(IdTable other, int id) {
        return intern(other.arena, other.starts[id], other.end(id));
    }

    /** Every id as a String, by number (made once; safe to share between threads afterwards). */
    String[] all() {
        for (int id = 0; id < size; id++) {
            get(id);
        }
        return Arrays.copyOf(strings, size);
    }

    /** The id as a String (made on first request, then kept). */
    String get(int id) {
        if (strings.length < size) {
            strings = Arrays.copyOf(strings, size);
        }
        String s = strings[id];
        if (s == null) {
            s = new String(arena, starts[id], end(id) - starts[id], StandardCharsets.UTF_8);
            strings[id] = s;
        }
        return s;
    }

    private int add(byte[] bytes, int from, int to, int hash, int slot) {
        int length = to - from;
        if (arenaSize + length > arena.length) {
            arena = Arrays.copyOf(arena, Math.max(arena.length * 2, arenaSize + length));
        }
        System.arraycopy(bytes, from, arena, arenaSize, length);
        if (size + 1 >= starts.length) {
            starts = Arrays.copyOf(starts, starts.length * 2);
        }
        starts[size] = arenaSize;
        arenaSize += length;
        starts[size + 1] = arenaSize;
        slots[slot] = pack(hash, size);
        int id = size++;
        if (size * 2 > slots.length) {
            rehash();
        }
        return id;
    }

    private void rehash() {
        long[] old = slots;
        slots = new long[old.length * 2];
        int mask = slots.length - 1;
        for (long packed : old) {
            if (packed != 0) {
                int slot = (int) (packed >>> 32) & mask;
                while (slots[slot] != 0) {
                    slot = (slot + 1) & mask;
                }
                slots[slot] = packed;
            }
        }
    }

    private static long pack(int hash, int id) {
        return ((long) hash << 32) | (id + 1L);
    }

    private int end(int id) {
        return starts[id + 1];
    }

    /** Compared by hand: ids are short, where {@code Arrays.equals}' vectorised setup costs more than the loop. */
    private boolean equal(int id, byte[] bytes, int from, int to) {
        int at = starts[id];
        if (end(id) - at != to - from) {
            return false;
        }
        for (int i = from; i < to; i++, at++) {
            if (arena[at] != bytes[i]) {
                return false;
            }
        }
        return true;
    }

    private static int hash(byte[] bytes, int from, int to) {
        int h = 0;
        for (int i = from; i < to; i++) {
            h = 31 * h + bytes[i];
        }
        // Spread the low bits (ids often differ only in their last characters).
        h ^= h >>> 16;
        h *= 0x85EBCA6B;
        h ^= h >>> 13;
        return h;
    }
}
