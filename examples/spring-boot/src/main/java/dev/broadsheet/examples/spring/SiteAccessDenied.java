package dev.broadsheet.examples.spring;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.csrf.CsrfException;
import org.springframework.stereotype.Component;

/** Spring Security's refusals (a missing or wrong CSRF token, a signed-in user without the role) as site pages. */
@Component
class SiteAccessDenied implements AccessDeniedHandler {

    /** The message of a form whose CSRF token does not match. */
    static final String EXPIRED = "This form has expired. Please go back, reload the page and send it again.";

    private final Pages pages;

    SiteAccessDenied(Pages pages) {
        this.pages = pages;
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException e) {
        boolean csrf = e instanceof CsrfException;
        pages.simple(request, response, 403, csrf ? "Form expired" : "Forbidden", out -> {
            Pages.paragraph(out, csrf ? EXPIRED : "You may not do this.");
            pages.homeLink(out);
        });
    }
}
