package dev.broadsheet.validation;

import dev.broadsheet.internal.check.EmailCheck;
import dev.broadsheet.internal.check.Problems;
import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Validates and normalizes email addresses the way commenters and subscribers type them. The model's builders use
 * the same rules; this class is for forms that want to check an address on its own.
 *
 * <pre>{@code
 * String address = Emails.normalize("  Reader@BÜCHER.example ");  // "Reader@xn--bcher-kva.example"
 * List<Violation> problems = Emails.check("bob@exаmple.org", EmailPolicy.strict());  // Cyrillic а: email.mixed_script
 * }</pre>
 *
 * <p><b>Rules.</b> Leading and trailing spaces, tabs, line breaks and Unicode space separators are trimmed first;
 * white space anywhere else is invalid. Then, each with its code:
 * <ul>
 *   <li>{@code required}: null or blank.</li>
 *   <li>{@code email.invisible}: C0 and C1 control characters ({@code U+0000–U+001F}, {@code U+007F–U+009F},
 *       including tab and line feed inside the address), soft hyphen {@code U+00AD}, zero-width characters and
 *       direction marks {@code U+200B–U+200F}, bidi embeddings and overrides {@code U+202A–U+202E}, word joiner
 *       and invisible operators {@code U+2060–U+2064}, bidi isolates {@code U+2066–U+2069}, the byte order mark
 *       {@code U+FEFF}, and the other default-ignorable code points that show as nothing (combining grapheme
 *       joiner {@code U+034F}, Arabic letter mark {@code U+061C}, Hangul fillers, Mongolian soft hyphen and
 *       variation selectors, variation selectors {@code U+FE00–U+FE0F}, tags {@code U+E0000–U+E0FFF}).</li>
 *   <li>{@code email.display_name}: a display name or angle brackets, as in {@code "Bob" <bob@example.org>} or
 *       {@code <bob@example.org>}; only the bare address is accepted.</li>
 *   <li>{@code email.quoted}: a quoted local part such as {@code "bob smith"@example.org}, unless
 *       {@link EmailPolicy#allowQuotedLocalPart(boolean)}.</li>
 *   <li>{@code email.ip_literal}: a domain such as {@code [192.0.2.1]} or {@code [IPv6:2001:db8::1]}, unless
 *       {@link EmailPolicy#allowIpLiteral(boolean)}; allowed literals are stored in canonical form.</li>
 *   <li>{@code email.local_too_long}: a local part over 64 octets of UTF-8 (RFC 5321).</li>
 *   <li>{@code email.too_long}: an address over 254 octets, counting the local part in UTF-8 and the domain in
 *       ASCII after IDN conversion (RFC 5321's 256-octet path minus the angle brackets).</li>
 *   <li>{@code email.label_too_long}: a domain label over 63 octets after IDN conversion (RFC 1035).</li>
 *   <li>{@code email.mixed_script}: letters of two of Latin, Cyrillic and Greek within the local part or within
 *       one domain label (a Cyrillic {@code а} in {@code pаypal}), judged by {@link Character.UnicodeScript}
 *       with {@code COMMON} and {@code INHERITED} ignored; ASCII {@code xn--} labels are decoded first. Different
 *       scripts in different labels ({@code иван@пример.example}) are fine.</li>
 *   <li>{@code email.idn}: a non-ASCII domain label that {@link java.net.IDN#toASCII(String)} (IDNA 2003) cannot
 *       convert, for example because it holds characters unassigned in Unicode 3.2.</li>
 *   <li>{@code email.invalid}: everything else: no {@code @}; an empty local part or domain; a local part that is
 *       not a dot-atom (RFC 5322 {@code atext} and dots, no leading, trailing or doubled dot; non-ASCII letters,
 *       marks, digits, punctuation and symbols are accepted as RFC 6531 allows); a malformed quoted local part
 *       or IP literal; a domain with fewer than two labels, empty labels, characters other than letters, digits
 *       and hyphens after IDN conversion, a label starting or ending with a hyphen, or an all-numeric top-level
 *       domain; unpaired surrogates.</li>
 * </ul>
 * Every violation is reported, each at most once per part, and each has its rejected value replaced by
 * {@link Violation#REDACTED} because addresses are private.
 *
 * <p><b>Normalization.</b> The domain is converted to ASCII with IDNA ({@code bücher.example} becomes
 * {@code xn--bcher-kva.example}) and lower-cased with {@link Locale#ROOT}; the local part is put in Unicode NFC
 * and otherwise kept exactly as typed, including its case, because RFC 5321 lets a server treat {@code Bob} and
 * {@code bob} as different mailboxes.
 *
 * @since 0.1.0
 */
public final class Emails {

    private Emails() {
    }

    /**
     * Validates {@code address} under {@link EmailPolicy#strict()} and returns its normalized form.
     *
     * @param address the address as typed; null counts as missing
     * @return the normalized address
     * @throws ValidationException with every violation (path {@code ""}, values redacted)
     */
    public static String normalize(@Nullable String address) {
        return normalize(address, EmailPolicy.strict());
    }

    /**
     * Validates {@code address} under {@code policy} and returns its normalized form.
     *
     * @param address the address as typed; null counts as missing
     * @param policy which optional forms to accept
     * @return the normalized address
     * @throws ValidationException with every violation (path {@code ""}, values redacted)
     */
    public static String normalize(@Nullable String address, EmailPolicy policy) {
        Problems problems = new Problems();
        String normalized = EmailCheck.email(problems, "", address, Objects.requireNonNull(policy, "policy"), true);
        problems.throwIfAny("email address");
        return Objects.requireNonNull(normalized, "a valid address always has a normalized form");
    }

    /**
     * Lists what is wrong with {@code address} under {@code policy}, without throwing.
     *
     * @param address the address as typed; null counts as missing
     * @param policy which optional forms to accept
     * @return every violation (path {@code ""}, values redacted); empty when the address is valid
     */
    public static List<Violation> check(@Nullable String address, EmailPolicy policy) {
        Problems problems = new Problems();
        EmailCheck.email(problems, "", address, Objects.requireNonNull(policy, "policy"), true);
        return problems.list();
    }

    /**
     * The key under which to detect that two subscribers or commenters share an address: two normalized addresses
     * belong to the same mailbox when their keys are equal.
     *
     * <p>Today the key is the local part (NFC, case kept) and the lower-case domain, which for a result of
     * {@link #normalize(String)} is the address itself. No provider-specific merging is done: {@code j.doe} and
     * {@code jdoe}, or {@code jdoe+news} and {@code jdoe}, stay different keys because only the mail provider
     * knows whether they are one mailbox. Compare keys rather than addresses, so that a later opt-in for such
     * rules changes the keys and not the stored addresses.
     *
     * @param normalizedAddress an address returned by {@link #normalize(String)}
     * @return the duplicate-detection key
     * @throws IllegalArgumentException if the text has no {@code @} with something on both sides (the message
     *     does not repeat the address)
     */
    public static String key(String normalizedAddress) {
        int at = normalizedAddress.lastIndexOf('@');
        if (at <= 0 || at == normalizedAddress.length() - 1) {
            throw new IllegalArgumentException("normalizedAddress is not an email address (no local@domain)");
        }
        String local = Normalizer.normalize(normalizedAddress.substring(0, at), Normalizer.Form.NFC);
        return local + "@" + normalizedAddress.substring(at + 1).toLowerCase(Locale.ROOT);
    }
}
