/**
 * Newsletter subscribers: the double opt-in life cycle ({@link dev.broadsheet.subscribers.Subscriptions}),
 * signed confirmation and unsubscribe tokens ({@link dev.broadsheet.subscribers.SignedTokens}), and the RFC 8058
 * one-click unsubscribe headers ({@link dev.broadsheet.subscribers.ListUnsubscribe}). The subscriber and consent
 * values themselves are in {@code dev.broadsheet.model}.
 *
 * <p>A host's handlers, in outline:
 * <ol>
 *   <li>sign-up form POST: {@code subscribe} (or {@code resubscribe} for a known, non-confirmed address found by
 *       {@code addressKey}), store, mail a link carrying a {@code CONFIRM} token;</li>
 *   <li>GET of that link: a page with a "Confirm" button that POSTs the token, and nothing else;</li>
 *   <li>the button's POST: verify the token, {@code confirm}, store;</li>
 *   <li>each newsletter: {@code ListUnsubscribe.forSubscriber} headers and a visible unsubscribe link with the
 *       same {@code UNSUBSCRIBE} token;</li>
 *   <li>GET of the unsubscribe link: a page with a button; its POST, and the mail provider's one-click POST:
 *       verify the token, {@code unsubscribe}, store.</li>
 * </ol>
 * State changes only on POST, because mail scanners and link prefetchers follow every link in a message.
 */
@NullMarked
package dev.broadsheet.subscribers;

import org.jspecify.annotations.NullMarked;
