/**
 * Broadsheet email: newsletter messages (confirmation, welcome, digest, alert, unsubscribe confirmation) as HTML
 * and plain-text parts, stamped per recipient and assembled as MIME with Jakarta Mail.
 *
 * <p>A module of its own so that sites which only render pages do not carry Jakarta Mail and Eclipse Angus.
 */
module dev.broadsheet.email {
    requires transitive dev.broadsheet.render;
    requires transitive jakarta.mail;
    requires org.jsoup;
    requires org.eclipse.angus.mail;
    requires static transitive org.jspecify;

    exports dev.broadsheet.render.email;
}
