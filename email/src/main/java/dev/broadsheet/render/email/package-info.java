/**
 * Newsletter email for Broadsheet content.
 *
 * <p>{@link dev.broadsheet.render.email.EmailRenderer} renders each kind of message once into an
 * {@link dev.broadsheet.render.email.EmailTemplate}; {@link dev.broadsheet.render.email.EmailTemplate#stamp} fills in
 * one {@link dev.broadsheet.render.email.Recipient}'s greeting and links without rendering again;
 * {@link dev.broadsheet.render.email.MimeAssembler} turns the resulting {@link dev.broadsheet.render.email.Email}
 * into a standard MIME message.
 *
 * @since 0.1.0
 */
@NullMarked
package dev.broadsheet.render.email;

import org.jspecify.annotations.NullMarked;
