package dev.broadsheet.internal.sign;

import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.jspecify.annotations.Nullable;

/**
 * HMAC-SHA256 keys by id, in the order they were added: the last one signs, any of them verifies. Immutable;
 * {@link #toString()} shows the ids only, never key material.
 */
public final class KeyRing {

    /** Shortest accepted secret, in bytes (the HMAC-SHA256 output size). */
    public static final int MIN_KEY_BYTES = 32;
    /** Longest key id, in characters. */
    public static final int MAX_KEY_ID = 16;

    private static final String ALGORITHM = "HmacSHA256";

    private final Map<String, SecretKeySpec> keys;
    private final String newest;

    private KeyRing(Map<String, SecretKeySpec> keys, String newest) {
        this.keys = keys;
        this.newest = newest;
    }

    /** @return the id of the key that signs */
    public String newest() {
        return newest;
    }

    /** @return the key ids, oldest first */
    public List<String> ids() {
        return List.copyOf(keys.keySet());
    }

    /** @return whether a key has this id */
    public boolean has(String id) {
        return keys.containsKey(id);
    }

    /**
     * The HMAC-SHA256 of {@code data} under the key {@code id}.
     *
     * @throws IllegalArgumentException when there is no such key
     */
    public byte[] mac(String id, byte[] data, int length) {
        SecretKeySpec key = keys.get(id);
        if (key == null) {
            throw new IllegalArgumentException("no key with id " + id);
        }
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(key);
            mac.update(data, 0, length);
            return mac.doFinal();
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            // every Java platform must provide HmacSHA256, and any non-empty key is valid for it
            throw new IllegalStateException("HmacSHA256 is not available", e);
        }
    }

    @Override
    public String toString() {
        return "KeyRing[" + String.join(", ", keys.keySet()) + "; signing with " + newest + "]";
    }

    /** Whether {@code id} is a valid key id: 1 to {@value #MAX_KEY_ID} characters from A-Z a-z 0-9 _ -. */
    public static boolean isKeyId(@Nullable String id) {
        if (id == null || id.isEmpty() || id.length() > MAX_KEY_ID) {
            return false;
        }
        for (int i = 0; i < id.length(); i++) {
            char c = id.charAt(i);
            boolean ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_'
                    || c == '-';
            if (!ok) {
                return false;
            }
        }
        return true;
    }

    /** Collects keys; not thread-safe. */
    public static final class Builder {
        private final Map<String, SecretKeySpec> keys = new LinkedHashMap<>();
        private final List<String> order = new ArrayList<>();

        /**
         * Adds a key; the last one added signs.
         *
         * @throws IllegalArgumentException naming the id (never the secret) when the id is invalid or taken, or
         *     the secret is shorter than {@value #MIN_KEY_BYTES} bytes
         */
        public Builder add(String id, byte[] secret) {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(secret, "secret");
            if (!isKeyId(id)) {
                throw new IllegalArgumentException("key id must be 1 to " + MAX_KEY_ID
                        + " characters from A-Z a-z 0-9 _ -, was \"" + id + "\"");
            }
            if (keys.containsKey(id)) {
                throw new IllegalArgumentException("key id \"" + id + "\" is used twice");
            }
            if (secret.length < MIN_KEY_BYTES) {
                throw new IllegalArgumentException("key \"" + id + "\" must be at least " + MIN_KEY_BYTES
                        + " bytes, was " + secret.length);
            }
            keys.put(id, new SecretKeySpec(secret, ALGORITHM)); // SecretKeySpec keeps its own copy
            order.add(id);
            return this;
        }

        /**
         * @throws IllegalStateException when no key was added
         */
        public KeyRing build() {
            if (order.isEmpty()) {
                throw new IllegalStateException("at least one key is required: call addKey(id, secret)");
            }
            return new KeyRing(Collections.unmodifiableMap(new LinkedHashMap<>(keys)), order.get(order.size() - 1));
        }
    }
}
