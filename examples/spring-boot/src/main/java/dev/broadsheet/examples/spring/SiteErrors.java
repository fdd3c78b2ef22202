package dev.broadsheet.examples.spring;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.transaction.TransactionException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * Every refused or failed request gets one of the site's pages: the problem's own status and sentence, 404 for an
 * unknown address, 405 for a wrong method, 503 with {@code Retry-After} while the database cannot be reached (the
 * request changed nothing: each write is one statement or one transaction), 500 otherwise — never a stack trace.
 */
@ControllerAdvice
class SiteErrors {

    private static final Logger LOG = LoggerFactory.getLogger(SiteErrors.class);
    /** Seconds a client is asked to wait after a 503. */
    static final int RETRY_AFTER_SECONDS = 10;

    private final Pages pages;

    SiteErrors(Pages pages) {
        this.pages = pages;
    }

    @ExceptionHandler(PageProblem.class)
    void problem(PageProblem p, HttpServletRequest request, HttpServletResponse response) {
        pages.simple(request, response, p.status(), p.title(), out -> {
            Pages.paragraph(out, p.getMessage());
            pages.homeLink(out);
        });
    }

    @ExceptionHandler(NoResourceFoundException.class)
    void notFound(HttpServletRequest request, HttpServletResponse response) {
        problem(PageProblem.notFound(), request, response);
    }

    @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
    void method(HttpRequestMethodNotSupportedException e, HttpServletRequest request, HttpServletResponse response) {
        if (e.getSupportedMethods() != null) {
            response.setHeader("Allow", String.join(", ", e.getSupportedMethods()));
        }
        problem(new PageProblem(405, "Method not allowed", "This address does not accept " + e.getMethod() + "."),
                request, response);
    }

    @ExceptionHandler({MissingServletRequestParameterException.class, MethodArgumentTypeMismatchException.class})
    void badRequest(Exception e, HttpServletRequest request, HttpServletResponse response) {
        problem(PageProblem.badRequest("The request is missing a part or has one in the wrong form."), request,
                response);
    }

    @ExceptionHandler({DataAccessException.class, TransactionException.class})
    void databaseDown(RuntimeException e, HttpServletRequest request, HttpServletResponse response) {
        LOG.warn("database unavailable for {} {}: {}", request.getMethod(), request.getRequestURI(), e.toString());
        response.setHeader("Retry-After", Integer.toString(RETRY_AFTER_SECONDS));
        pages.message(request, response, 503, "Temporarily unavailable", "The site cannot reach its database right"
                + " now. Nothing you sent was saved. Please try again in a minute.");
    }

    @ExceptionHandler(Exception.class)
    void failed(Exception e, HttpServletRequest request, HttpServletResponse response) {
        LOG.error("failed: {} {}", request.getMethod(), request.getRequestURI(), e);
        pages.message(request, response, 500, "Something went wrong", "Sorry, this page could not be shown. Please"
                + " try again later.");
    }
}
