package se.finsam.check.web;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.jetty.http.HttpException;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.MultiPart;
import org.eclipse.jetty.http.MultiPartConfig;
import org.eclipse.jetty.http.MultiPartFormData;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Request;

/**
 * The files of a multipart/form-data request (field {@code files}), parsed by Jetty within the limits and written into
 * a private folder under names of ours: {@code 1.docx}, {@code 2.yaml} … – the browser's name is only the label.
 */
final class Uploads {

    static final String FIELD = "files";
    /** Parts up to this size stay in memory while the request is parsed; larger ones go to the private folder. */
    private static final long IN_MEMORY = 256 * 1024;

    /** An uploaded file: what to call it, and where it is. */
    record Upload(String label, Path file, long size) {
    }

    private Uploads() {
    }

    /** The uploaded files, in the order sent; folder must be private and empty. */
    static List<Upload> read(Request request, Path folder, Limits limits) throws WebError {
        String type = request.getHeaders().get(HttpHeader.CONTENT_TYPE);
        if (type == null || !type.toLowerCase(java.util.Locale.ROOT).startsWith("multipart/form-data")) {
            throw new WebError(415, "error.notMultipart");
        }
        long declared = request.getLength();
        if (declared > limits.bytesPerRequest()) {
            throw drained(request, new WebError(413, "error.requestTooLarge", limits.bytesPerRequest() / Limits.MB),
                    limits);
        }
        // One part more than allowed is still parsed, so that "too many files" can be told as such. A file over its
        // own limit is refused below, after the whole body has been read: had Jetty's parser failed on it, the rest
        // of the body could no longer be read, and a client still sending it got a reset connection, not the answer.
        MultiPartConfig config = new MultiPartConfig.Builder().location(folder)
                .maxParts(limits.filesPerRequest() + 1).maxPartSize(limits.bytesPerRequest())
                .maxSize(limits.bytesPerRequest()).maxMemoryPartSize(IN_MEMORY).build();
        try (MultiPartFormData.Parts parts = MultiPartFormData.getParts(request, request, type, config)) {
            List<MultiPart.Part> files = parts.getAll(FIELD).stream()
                    .filter(p -> p.getFileName() != null && !(p.getFileName().isEmpty() && p.getLength() == 0))
                    .toList();
            if (files.isEmpty()) {
                throw new WebError(400, "error.noFiles", FIELD);
            }
            if (files.size() > limits.filesPerRequest()) {
                throw drained(request, new WebError(413, "error.tooManyFiles", limits.filesPerRequest()), limits);
            }
            if (files.stream().anyMatch(p -> p.getLength() > limits.bytesPerFile())) {
                throw new WebError(413, "error.fileTooLarge", limits.bytesPerFile() / Limits.MB);
            }
            List<Upload> uploads = new ArrayList<>();
            for (MultiPart.Part part : files) {
                String label = Label.of(part.getFileName());
                Path file = folder.resolve((uploads.size() + 1) + Label.extension(label));
                part.writeTo(file);
                uploads.add(new Upload(label, file, Files.size(file)));
            }
            return uploads;
        } catch (WebError e) {
            throw e;
        } catch (IOException e) {
            throw new WebError(500, "error.io");
        } catch (RuntimeException e) {
            throw drained(request, refusal(e, limits), limits);
        }
    }

    /**
     * The refusal, after what is left of the body – up to as much again as a request may hold – has been read and
     * dropped. A client still sending when the answer is written and the connection closed gets the connection
     * reset, often before it has read the answer: it would see a broken connection instead of "too large". A body
     * larger than that is cut off as before.
     */
    private static WebError drained(Request request, WebError refusal, Limits limits) {
        byte[] buffer = new byte[64 * 1024];
        long left = limits.bytesPerRequest();
        try (InputStream rest = Content.Source.asInputStream(request)) {
            for (int n; left > 0 && (n = rest.read(buffer, 0, (int) Math.min(buffer.length, left))) >= 0; ) {
                left -= n;
            }
        } catch (IOException | RuntimeException e) {
            // the parser has failed the body already, or the client went away: nothing more to read
        }
        return refusal;
    }

    /**
     * Why Jetty stopped parsing. Its limits fail the parse with an IllegalStateException whose message names the
     * limit (Jetty 12.1: "max file size exceeded", "max length exceeded", "Form with too many keys"); anything else
     * is a body that is no valid multipart. ApiTest fails if a new Jetty words them otherwise.
     */
    private static WebError refusal(Throwable e, Limits limits) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            String message = String.valueOf(t.getMessage());
            if (message.contains("max file size")) {
                return new WebError(413, "error.fileTooLarge", limits.bytesPerFile() / Limits.MB);
            }
            if (message.contains("too many keys")) {
                return new WebError(413, "error.tooManyFiles", limits.filesPerRequest());
            }
            if (message.contains("max length") || (t instanceof HttpException h && h.getCode() == 413)) {
                return new WebError(413, "error.requestTooLarge", limits.bytesPerRequest() / Limits.MB);
            }
        }
        return new WebError(400, "error.badMultipart");
    }
}
