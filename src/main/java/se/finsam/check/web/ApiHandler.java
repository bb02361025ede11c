package se.finsam.check.web;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.eclipse.jetty.http.HttpMethod;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.Fields;
import se.finsam.check.Checker;
import se.finsam.check.engine.RuleInfo;
import se.finsam.check.findings.DocumentResult;
import se.finsam.check.year.Links;

/**
 * {@code POST /api/check}: the files of multipart field {@code files} checked and answered in the format asked for
 * ({@code ?format=json|sarif|junit|html}, default json; {@code ?lang=en}) exactly as check writes it. A file that
 * cannot be read is a document of the answer, as on the command line; only a request that cannot be taken is an
 * error: JSON with its status (400, 405, 413 too large, 415 not multipart/form-data). The files live in a private
 * folder for the time of the request.
 */
final class ApiHandler {

    private final Checker checker;
    private final List<RuleInfo> rules;
    private final Path root;
    private final Limits limits;

    ApiHandler(Checker checker, List<RuleInfo> rules, Path root, Limits limits) {
        this.checker = checker;
        this.rules = rules;
        this.root = root;
        this.limits = limits;
    }

    void check(Request request, Response response, Callback callback) throws IOException {
        Fields query = Request.extractQueryParameters(request);
        WebText t = WebText.of(query.getValue("lang"));
        if (!HttpMethod.POST.is(request.getMethod())) {
            response.getHeaders().put("Allow", "POST");
            Responses.error(response, callback, 405, t.get("error.postOnly"));
            return;
        }
        ReportFormat format = ReportFormat.forApi(query.getValue("format")).orElse(null);
        if (format == null) {
            Responses.error(response, callback, 400, t.get("error.unknownFormat", "json, sarif, junit, html"));
            return;
        }
        Path folder = Folders.create(root, "api-");
        String body;
        try {
            // linked as check links them, in the order check writes them: the answer is what check would write
            List<DocumentResult> results = new java.util.ArrayList<>();
            Links links = new Links(checker, results::add);
            Checking.results(Checking.check(checker, Uploads.read(request, folder, limits))).forEach(links::accept);
            links.finish();
            body = format.render(rules, results, links.summary(), t.messages());
        } catch (WebError e) {
            Responses.error(response, callback, e.status(), e.message(t));
            return;
        } finally {
            Folders.delete(folder);
        }
        Responses.send(response, callback, 200, format.mediaType(), body);
    }
}
