package io.moodleconnector.catalogue;

/** Edit distance, to suggest the key, id or pointer a typo meant. */
public final class Typos {
    private Typos() {
    }

    /** Levenshtein distance between {@code a} and {@code b}. */
    public static int distance(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }

    /**
     * {@code "; did you mean 'x'?"} for the candidate nearest to {@code wanted} when it is close enough to be a typo
     * of it (at most 2 edits, and fewer than half of the longer text), else the empty string.
     */
    public static String didYouMean(String wanted, java.util.Collection<String> candidates) {
        String nearest = null;
        int best = Integer.MAX_VALUE;
        for (String c : candidates) {
            int d = distance(wanted, c);
            if (d > 0 && d < best) {
                best = d;
                nearest = c;
            }
        }
        boolean close = nearest != null && best <= 2 && best * 2 < Math.max(wanted.length(), nearest.length());
        return close ? "; did you mean '" + nearest + "'?" : "";
    }
}
