package dev.broadsheet.examples.site;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Locale;
import java.util.Map;
import java.util.function.BiFunction;

/**
 * What the form endpoints share: field messages built from violations, and the JSON answers of AMP submissions
 * ({@code {"message": "…"}} on success; {@code {"message": "…", "errors": [{"field": "email", "message": "…"}]}}
 * on failure), which carry AMP's CORS headers ({@link Origins#cors(Response, Origins.Check)}).
 */
final class FormReplies {

    private static final ObjectMapper JSON = new ObjectMapper();

    private FormReplies() {
    }

    /**
     * Records a message for a field; a second message for the same field is appended.
     *
     * @param errors field name to message; {@code ""} for the form as a whole
     * @param field the field
     * @param message a sentence
     */
    static void add(Map<String, String> errors, String field, String message) {
        errors.merge(field, message, (a, b) -> a.equals(b) ? a : a + " " + b);
    }

    /**
     * A sentence from a field's label and a violation's message: "Email" and "must have a domain…" give
     * "Email must have a domain….".
     *
     * @param label the field's label, or empty for the form as a whole
     * @param message the violation's message, which starts with a verb
     * @return the sentence
     */
    static String sentence(String label, String message) {
        String s = label.isEmpty() ? capitalise(message) : label + " " + message;
        return s.endsWith(".") ? s : s + ".";
    }

    private static String capitalise(String s) {
        return s.isEmpty() ? s : s.substring(0, 1).toUpperCase(Locale.ROOT) + s.substring(1);
    }

    /**
     * A form endpoint: checks the request's origin first ({@link Origins#check(Request)}: a foreign origin is a 403),
     * then runs the handler; a refusal ({@link HttpProblem}) of an AMP submission is answered with JSON and the CORS
     * headers, so that amp-form shows it, and any other refusal with the usual error page.
     *
     * @param origins the origin check
     * @param handler handles the post, knowing whether it is an AMP submission
     * @return the route's handler
     */
    static Router.Handler endpoint(Origins origins, BiFunction<Request, Origins.Check, Response> handler) {
        return (request, path) -> {
            Origins.Check origin = origins.check(request);
            try {
                return handler.apply(request, origin);
            } catch (HttpProblem p) {
                if (origin.amp()) {
                    return ampFailure(p.status(), Map.of("", p.getMessage()), origin);
                }
                throw p;
            }
        };
    }

    /** The answer to an accepted AMP submission. */
    static Response ampSuccess(String message, Origins.Check check) {
        ObjectNode body = JSON.createObjectNode().put("message", message);
        return Origins.cors(Response.json(200, body.toString()), check);
    }

    /**
     * The answer to a refused AMP submission.
     *
     * @param status 4xx
     * @param errors field name to message; the {@code ""} entry becomes the top-level message
     * @param check the request's origin check
     * @return the JSON response
     */
    static Response ampFailure(int status, Map<String, String> errors, Origins.Check check) {
        ObjectNode body = JSON.createObjectNode();
        String general = errors.get("");
        if (general != null) {
            body.put("message", general);
        }
        ArrayNode list = body.putArray("errors");
        errors.forEach((field, message) -> {
            if (!field.isEmpty()) {
                list.addObject().put("field", field).put("message", message);
            }
        });
        return Origins.cors(Response.json(status, body.toString()), check);
    }
}
