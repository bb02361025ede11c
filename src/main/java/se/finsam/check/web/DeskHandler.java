package se.finsam.check.web;

import java.time.LocalDate;
import se.finsam.check.findings.Verdict;
import se.finsam.check.output.LetterFormat;
import se.finsam.check.output.Office;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.eclipse.jetty.http.HttpCookie;
import org.eclipse.jetty.http.HttpMethod;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.Fields;
import se.finsam.check.Checker;
import se.finsam.check.engine.RuleInfo;
import se.finsam.check.findings.DocumentResult;
import se.finsam.check.year.YearSummary;
import se.finsam.check.output.ImportYaml;
import se.finsam.check.read.InputError;
import se.finsam.check.read.form.FormLoader;

/**
 * The desk as a browser uses it: the overview page, uploads, one document's page, the downloads (letters, the HTML
 * report, JSON, SARIF, a form's reading as YAML) and clear. Each browser has its desk, by a cookie.
 */
final class DeskHandler {

    private final Checker checker;
    private final FormLoader forms;
    private final List<RuleInfo> rules;
    private final Desks desks;
    private final Limits limits;
    private final Office office;
    private final DeskPage page;
    private final String cookie;

    DeskHandler(Checker checker, FormLoader forms, List<RuleInfo> rules, Desks desks, Limits limits, Office office,
                int port) {
        this.checker = checker;
        this.forms = forms;
        this.rules = rules;
        this.desks = desks;
        this.limits = limits;
        this.office = office;
        this.page = new DeskPage(rules, limits, office);
        this.cookie = "finsam-desk-" + port;
    }

    void handle(String path, Request request, Response response, Callback callback) throws IOException {
        Fields query = Request.extractQueryParameters(request);
        WebText t = WebText.of(query.getValue("lang"));
        boolean post = HttpMethod.POST.is(request.getMethod());
        if (post != (path.equals("/upload") || path.equals("/clear"))) {
            response.getHeaders().put("Allow", post ? "GET" : "POST");
            Responses.send(response, callback, 405, "text/plain; charset=utf-8", t.get("error.method") + "\n");
            return;
        }
        Desk desk = desk(request);
        if (desk == null && (path.equals("/") || path.equals("/upload"))) {
            Map.Entry<String, Desk> created = desks.create();
            Response.addCookie(response, HttpCookie.build(cookie, created.getKey()).path("/").httpOnly(true)
                    .sameSite(HttpCookie.SameSite.STRICT).build());
            desk = created.getValue();
        }
        if (desk == null) {
            notFound(response, callback, t);
            return;
        }
        switch (path) {
            case "/" -> {
                WebError refused = desk.takeRefusal();
                Responses.html(response, callback, 200, page.overview(desk.entries(), desk.summary(), t,
                        refused == null ? null : refused.message(t)));
            }
            case "/upload" -> upload(desk, request, response, callback, t);
            case "/clear" -> {
                desk.clear();
                Responses.redirect(request, response, callback, home(t));
            }
            case "/document" -> {
                Desk.Entry e = desk.entry(number(query));
                if (e == null) {
                    notFound(response, callback, t);
                } else {
                    Responses.html(response, callback, 200, page.document(number(query), e, t));
                }
            }
            default -> download(path.substring("/download/".length()), desk, query, response, callback, t);
        }
    }

    private Desk desk(Request request) {
        for (HttpCookie c : Request.getCookies(request)) {
            if (c.getName().equals(cookie)) {
                return desks.get(c.getValue());
            }
        }
        return null;
    }

    /** The files sent are checked and put on the desk, or refused saying why; then the browser is sent to the overview. */
    private void upload(Desk desk, Request request, Response response, Callback callback, WebText t) throws IOException {
        Path folder = desk.newUploadFolder();
        try {
            List<Uploads.Upload> uploads = Uploads.read(request, folder, limits);
            desk.reserve(uploads, limits);
            try {
                desk.add(uploads, checker);
            } catch (IOException e) {
                throw new WebError(500, "error.io");
            }
        } catch (WebError e) {
            Folders.delete(folder);
            desk.refuse(e);
        }
        Responses.redirect(request, response, callback, home(t));
    }

    private static final String WORD = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    private void download(String name, Desk desk, Fields query, Response response, Callback callback, WebText t) {
        var m = t.messages();
        List<DocumentResult> all = desk.results();
        switch (name) {
            case "letters.txt" -> send(ReportFormat.letter, "brev.txt", all, desk.summary(), response, callback, t);
            case "report.html" -> send(ReportFormat.html, "granskning.html", all, desk.summary(), response, callback, t);
            case "report.json" -> send(ReportFormat.json, "granskning.json", all, desk.summary(), response, callback, t);
            case "report.sarif" -> send(ReportFormat.sarif, "granskning.sarif", all, desk.summary(), response, callback, t);
            case "letter", "letter.docx" -> {
                Desk.Entry e = desk.entry(number(query));
                if (e == null || e.result().verdict() != Verdict.NEEDS_COMPLETION) {
                    notFound(response, callback, t);
                    return;
                }
                String file = base(e.result().source()) + m.get("letter.fileSuffix");
                if (name.equals("letter")) {
                    Responses.download(response, callback, file + ".txt", "text/plain; charset=utf-8",
                            LetterFormat.text(e.result(), m, office, LocalDate.now()));
                    return;
                }
                try {
                    Responses.download(response, callback, file + ".docx", WORD,
                            LetterFormat.word(e.result(), m, office, LocalDate.now()));
                } catch (IOException error) {
                    Responses.send(response, callback, 500, "text/plain; charset=utf-8", t.get("error.notFound") + "\n");
                }
            }
            case "yaml" -> {
                Desk.Entry e = desk.entry(number(query));
                if (e == null || !DeskPage.hasYaml(e)) {
                    notFound(response, callback, t);
                    return;
                }
                try {
                    String yaml = new ImportYaml(m.get("import.line")).write(e.upload().label(),
                            forms.tree(e.upload().file(), e.upload().label()));
                    Responses.download(response, callback, base(e.upload().label()) + ".yaml",
                            "application/yaml; charset=utf-8", yaml);
                } catch (InputError error) { // read once, so read again; still answered, never thrown
                    Responses.send(response, callback, 422, "text/plain; charset=utf-8",
                            m.format(error.key(), error.args()) + "\n");
                }
            }
            default -> notFound(response, callback, t);
        }
    }

    private void send(ReportFormat format, String fileName, List<DocumentResult> results, YearSummary summary, Response response,
                      Callback callback, WebText t) {
        Responses.download(response, callback, fileName, format.mediaType(), format.render(rules, results, summary, t.messages()));
    }

    private static void notFound(Response response, Callback callback, WebText t) {
        Responses.send(response, callback, 404, "text/plain; charset=utf-8", t.get("error.notFound") + "\n");
    }

    private static int number(Fields query) {
        try {
            return Integer.parseInt(query.getValue("n"));
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    /** A label without its extension. */
    private static String base(String label) {
        int dot = label.lastIndexOf('.');
        return dot > 0 ? label.substring(0, dot) : label;
    }

    private static String home(WebText t) {
        return t.lang().equals("sv") ? "/" : "/?lang=" + t.lang();
    }
}
