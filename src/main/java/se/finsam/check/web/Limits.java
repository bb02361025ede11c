package se.finsam.check.web;

/**
 * What one request and one desk may hold, so that no upload – by mistake or by design – can take the server's memory
 * or disk: files per request, bytes per file (the check command's --max-file-size), bytes per request, files and
 * bytes kept on one desk (a browser's session), and how many desks are kept at once.
 */
public record Limits(int filesPerRequest, long bytesPerFile, long bytesPerRequest, int filesPerDesk, long bytesPerDesk,
                     int desks) {

    static final long MB = 1024 * 1024;

    /** The limits the README documents; a request may always hold one file of the largest size allowed. */
    public static Limits defaults(long bytesPerFile) {
        return new Limits(100, bytesPerFile, Math.max(64 * MB, bytesPerFile + MB), 500, Math.max(256 * MB, bytesPerFile),
                16);
    }
}
