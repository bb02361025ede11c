package se.finsam.check.output;

import java.io.PrintWriter;
import java.util.List;
import se.finsam.check.engine.RuleInfo;
import se.finsam.check.findings.DocumentResult;
import se.finsam.check.findings.Finding;
import se.finsam.check.findings.Messages;
import se.finsam.check.findings.Severity;

/**
 * GitHub Actions workflow commands: {@code ::error file=…,line=…,col=…,title=RULE::message}, so that findings
 * appear as annotations on the offending line of a pull request. Waived findings are shown as notices.
 */
public final class GithubFormat implements StreamingFormat {

    @Override
    public ReportWriter open(List<RuleInfo> rules, Messages messages, PrintWriter out) {
        return new ReportWriter() {
            @Override
            public void add(DocumentResult r) {
                out.print(annotations(r, messages)); // whole first: a fault leaves no half document behind
            }

            @Override
            public void finish() {
                out.flush();
            }
        };
    }

    private static String annotations(DocumentResult r, Messages messages) {
        StringBuilder out = new StringBuilder();
        if (!r.isChecked()) {
            return out.append("::error file=").append(property(Locations.relative(r.source())))
                    .append(r.error().line() > 0 ? ",line=" + r.error().line() + ",col=" + r.error().column() : "")
                    .append(",title=").append(property(messages.verdict(r.verdict())))
                    .append("::").append(data(messages.format(r.error().key(), r.error().args()))).append('\n').toString();
        }
        if (r.verdict() != null) {
            out.append("::notice file=").append(property(Locations.relative(r.source()))).append(",title=verdict::")
                    .append(data(messages.verdict(r.verdict()))).append('\n');
        }
        if (r.plan() != null) { // the plan a report was compared with
            out.append("::notice file=").append(property(Locations.relative(r.source()))).append(",title=plan::")
                    .append(data(messages.get("output.plan", Locations.relative(r.plan())))).append('\n');
        }
        for (Finding f : r.findings()) {
            StringBuilder line = new StringBuilder("::").append(command(f)).append(" file=")
                    .append(property(Locations.relative(r.source())));
            if (f.position().line() > 0) {
                line.append(",line=").append(f.position().line()).append(",col=").append(f.position().column());
            }
            line.append(",title=").append(property(f.rule())).append("::").append(data(messages.message(f)));
            out.append(line).append('\n');
        }
        return out.toString();
    }

    private static String command(Finding f) {
        if (f.isWaived() || f.severity() == Severity.INFO) {
            return "notice";
        }
        return f.severity() == Severity.ERROR ? "error" : "warning";
    }

    /** Escaping of a workflow command's message. */
    static String data(String s) {
        return Printable.of(s).replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A");
    }

    /** Escaping of a workflow command's property value. */
    static String property(String s) {
        return data(s).replace(":", "%3A").replace(",", "%2C");
    }
}
