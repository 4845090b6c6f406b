package io.moodleconnector.catalogue.schema;

import com.networknt.org.apache.commons.validator.routines.DomainValidator;

/**
 * A cheap first look at a value checked against {@code format: email}: {@link #certainlyValid} is true only for an
 * address networknt's email format (3.0.9: {@code EmailFormat}, i.e. the shaded commons-validator
 * {@code EmailValidator} with local names and bare TLDs allowed) surely accepts, so a caller may skip networknt's
 * check, whose user-name regular expression is most of the cost of validating a batch of new users. False means
 * "not sure": ask networknt.
 *
 * <p>What is certainly valid: an ASCII dot-atom {@code local@domain}, exactly one {@code @}. The local part: 1 to
 * 64 characters (commons' {@code MAX_USERNAME_LEN}), runs of letters, digits and {@code !#$%&'*+/=?^_`{|}~-}
 * separated by single dots, no leading or trailing dot: each run is a {@code WORD} of commons' user pattern.
 * The domain: at most 253 characters, at least two labels, each 1 to 63 letters, digits and hyphens with no hyphen
 * at either end, the last starting with a letter: exactly what commons' {@code DOMAIN_NAME_REGEX} matches with the
 * last label as its top-level domain, which then goes through the very {@code isValidTld} commons' domain check
 * ends with, on the same {@code DomainValidator} instance (allowing local TLDs), so TLD lists and overrides agree.
 *
 * <p>Not sure (false) for anything else, valid or not: quoted or escaped local parts, IP literals, single-label
 * hosts ({@code user@localhost}), trailing dots, non-ASCII (IDN) characters, unknown TLDs.
 * The property test {@code EmailSyntaxProperties} checks {@code certainlyValid(s) => networknt accepts s}.
 *
 * <p>Stateless; thread-safe.
 */
public final class EmailSyntax {
    /** commons-validator's {@code EmailValidator.MAX_USERNAME_LEN}. */
    static final int MAX_LOCAL = 64;
    /** commons-validator's {@code DomainValidator.MAX_DOMAIN_LENGTH}. */
    static final int MAX_DOMAIN = 253;
    /** A label of {@code DOMAIN_LABEL_REGEX}: one alphanumeric, then at most 61 more and a final alphanumeric. */
    static final int MAX_LABEL = 63;

    /** RFC 5322 atext: all printable ASCII but the specials commons' user pattern refuses outside quotes. */
    private static final boolean[] ATEXT = new boolean[128];
    /** The instance commons' EmailValidator(allowLocal = true, ...) uses, as networknt's EmailFormat builds it. */
    private static final DomainValidator DOMAINS = DomainValidator.getInstance(true);

    static {
        for (char c = '0'; c <= '9'; c++) {
            ATEXT[c] = true;
        }
        for (char c = 'a'; c <= 'z'; c++) {
            ATEXT[c] = true;
            ATEXT[Character.toUpperCase(c)] = true;
        }
        for (char c : "!#$%&'*+/=?^_`{|}~-".toCharArray()) {
            ATEXT[c] = true;
        }
    }

    private EmailSyntax() {
    }

    /** True only if networknt's {@code format: email} surely accepts {@code s}; false: not sure. */
    public static boolean certainlyValid(String s) {
        if (s == null) {
            return false;
        }
        int at = localPartEnd(s);
        if (at < 0) {
            return false;
        }
        int tldStart = domainTldStart(s, at + 1);
        return tldStart >= 0 && DOMAINS.isValidTld(s.substring(tldStart));
    }

    /** The index of the {@code @} ending a dot-atom local part of 1 to 64 characters, or -1. */
    private static int localPartEnd(String s) {
        boolean afterDot = true;
        int n = Math.min(s.length(), MAX_LOCAL + 1);
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (c == '@') {
                return i == 0 || afterDot ? -1 : i;
            }
            if (c == '.') {
                if (afterDot) {
                    return -1;
                }
                afterDot = true;
            } else if (c < 128 && ATEXT[c]) {
                afterDot = false;
            } else {
                return -1;
            }
        }
        return -1;
    }

    /**
     * Where the top-level label of a domain starting at {@code from} begins, when the domain (to the end of
     * {@code s}) has two or more well-formed labels and its last one starts with a letter; else -1.
     */
    private static int domainTldStart(String s, int from) {
        int n = s.length();
        if (n - from > MAX_DOMAIN) {
            return -1;
        }
        int labelStart = from;
        int labels = 0;
        for (int i = from; i <= n; i++) {
            char c = i < n ? s.charAt(i) : '.';
            if (c == '.') {
                if (!label(s, labelStart, i)) {
                    return -1;
                }
                labels++;
                if (i == n) {
                    break;
                }
                labelStart = i + 1;
            } else if (!(isAlnum(c) || c == '-')) {
                return -1;
            }
        }
        return labels >= 2 && isLetter(s.charAt(labelStart)) ? labelStart : -1;
    }

    private static boolean label(String s, int start, int end) {
        int length = end - start;
        return length >= 1 && length <= MAX_LABEL && isAlnum(s.charAt(start)) && isAlnum(s.charAt(end - 1));
    }

    private static boolean isAlnum(char c) {
        return isLetter(c) || (c >= '0' && c <= '9');
    }

    private static boolean isLetter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }
}
