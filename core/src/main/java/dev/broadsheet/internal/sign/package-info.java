/**
 * HMAC-SHA256 signing shared by form stamps and subscriber tokens: key rings with rotation and one compact,
 * URL-safe token format. Not exported.
 */
@NullMarked
package dev.broadsheet.internal.sign;

import org.jspecify.annotations.NullMarked;
