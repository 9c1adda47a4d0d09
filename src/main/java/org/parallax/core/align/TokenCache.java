package org.parallax.core.align;

import java.util.Arrays;
import java.util.function.Function;

/**
 * Raw token to its item (or to none), looked up by a range of a segment's characters, so a token seen before costs
 * a hash probe and no string; {@code item} is asked once per distinct token. Open addressing with linear
 * probing. Small on purpose: the item scan that calls it is among the first code the JIT compiles, and a
 * {@code HashMap<String, int[]>} with a substring per token made that compilation several times larger.
 * Not thread-safe.
 */
final class TokenCache {

    private static final int[] NOT_AN_ITEM = new int[0];

    private final Function<String, int[]> item;
    private char[][] tokens = new char[1 << 12][];
    private int[][] items = new int[1 << 12][];
    private int[] hashes = new int[1 << 12];
    private int size;

    /** @param item the item of a token ({identity key, word id}), or null if the token is none */
    TokenCache(Function<String, int[]> item) {
        this.item = item;
    }

    /** The item of {@code text[start, end)}, whose characters hash to {@code hash} ({@link #hash}); null if none. */
    int[] get(char[] text, int start, int end, int hash) {
        int mask = tokens.length - 1;
        for (int slot = spread(hash) & mask; ; slot = (slot + 1) & mask) {
            char[] token = tokens[slot];
            if (token == null) {
                return add(Arrays.copyOfRange(text, start, end), hash, slot);
            }
            if (hashes[slot] == hash && Arrays.equals(token, 0, token.length, text, start, end)) {
                int[] found = items[slot];
                return found == NOT_AN_ITEM ? null : found;
            }
        }
    }

    /** The hash {@link #get} expects, updated by one more character of the token. */
    static int hash(int hash, char ch) {
        return (hash ^ ch) * 0x01000193;
    }

    private static int spread(int hash) {
        return hash ^ hash >>> 16;
    }

    private int[] add(char[] token, int hash, int slot) {
        int[] found = item.apply(new String(token));
        tokens[slot] = token;
        items[slot] = found == null ? NOT_AN_ITEM : found;
        hashes[slot] = hash;
        if (++size * 2 > tokens.length) {
            grow();
        }
        return found;
    }

    private void grow() {
        char[][] oldTokens = tokens;
        int[][] oldItems = items;
        int[] oldHashes = hashes;
        tokens = new char[oldTokens.length * 2][];
        items = new int[oldTokens.length * 2][];
        hashes = new int[oldTokens.length * 2];
        int mask = tokens.length - 1;
        for (int k = 0; k < oldTokens.length; k++) {
            if (oldTokens[k] != null) {
                int slot = spread(oldHashes[k]) & mask;
                while (tokens[slot] != null) {
                    slot = (slot + 1) & mask;
                }
                tokens[slot] = oldTokens[k];
                items[slot] = oldItems[k];
                hashes[slot] = oldHashes[k];
            }
        }
    }
}
