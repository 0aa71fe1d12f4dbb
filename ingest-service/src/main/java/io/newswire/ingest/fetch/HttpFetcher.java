package io.newswire.ingest.fetch;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.Proxy;
import java.net.SocketTimeoutException;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import okhttp3.Call;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.ResponseBody;
import okio.Buffer;
import okio.BufferedSource;

/**
 * Fetches feeds and articles politely and defensively; one instance (one connection pool) serves the whole service
 * and is safe to share between threads. {@link #fetch} blocks, never throws for anything HTTP or the network does,
 * and reports what happened in a {@link FetchResult}.
 *
 * <p>Redirects are followed here, hop by hop, so each hop is checked by the {@link AddressGuard} and paced by the
 * {@link HostLimiter}, and a permanent move of the feed can be reported.
 */
public final class HttpFetcher implements AutoCloseable {

    private static final int CHUNK_BYTES = 8192;
    private static final byte[] NO_BODY = new byte[0];

    private final FetchConfig config;
    private final AddressGuard guard;
    private final HostLimiter limiter;
    private final Clock clock;
    private final OkHttpClient client;

    public HttpFetcher(FetchConfig config, AddressGuard guard, HostLimiter limiter, Clock clock) {
        this.config = config;
        this.guard = guard;
        this.limiter = limiter;
        this.clock = clock;
        this.client = new OkHttpClient.Builder()
                .dns(guard)
                .addNetworkInterceptor(guard.connectedAddressCheck())
                // a proxy would resolve hosts itself, out of the guard's sight
                .proxy(Proxy.NO_PROXY)
                .followRedirects(false)
                .followSslRedirects(false)
                .connectTimeout(config.connectTimeout())
                .readTimeout(config.readTimeout())
                .writeTimeout(config.readTimeout())
                .callTimeout(config.deadline())
                .build();
    }

    public HttpFetcher(FetchConfig config) {
        this(config, new AddressGuard(config.allowList()),
                new HostLimiter(config.maxConcurrentPerHost(), config.minSpacingPerHost()), Clock.systemUTC());
    }

    public FetchResult fetch(FetchRequest request) {
        Progress progress = new Progress(request, System.nanoTime());
        HttpUrl url = HttpUrl.parse(request.url());
        if (url == null) {
            return progress.failed(FetchOutcome.INVALID_URL, "not an http(s) URL");
        }
        try {
            for (int hop = 0; ; hop++) {
                progress.url = url;
                guard.checkUrl(url);
                HostLimiter.Permit permit = turnAt(url, request, hop);
                if (permit == null) {
                    return progress.hostBusy(limiter.nextTurn(url.host()));
                }
                try (permit; Response response = execute(url, request, progress)) {
                    progress.status = response.code();
                    if (!isRedirect(response.code())) {
                        return complete(request, response, progress);
                    }
                    if (hop == config.maxRedirects()) {
                        return progress.failed(FetchOutcome.REDIRECT_ERROR, "more than " + config.maxRedirects() + " redirects");
                    }
                    String location = response.header("Location");
                    HttpUrl next = location == null ? null : url.resolve(location);
                    if (next == null) {
                        return progress.failed(FetchOutcome.REDIRECT_ERROR, "redirect " + response.code()
                                + " without a usable http(s) Location: " + location);
                    }
                    progress.followed(response.code(), next);
                    url = next;
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return progress.failed(FetchOutcome.INTERRUPTED, "interrupted");
        } catch (IOException e) {
            return progress.failed(classify(e), describe(e));
        }
    }

    /**
     * A feed's request does not wait for its host: the poll is put off until the host allows one, and the worker
     * polls another feed meanwhile. Article requests and later hops belong to a poll under way and wait their turn.
     */
    private HostLimiter.Permit turnAt(HttpUrl url, FetchRequest request, int hop) throws InterruptedException {
        return hop == 0 && request.kind() == FetchRequest.Kind.FEED
                ? limiter.tryAcquire(url.host()).orElse(null)
                : limiter.acquire(url.host());
    }

    private Response execute(HttpUrl url, FetchRequest request, Progress progress) throws IOException {
        Request.Builder http = new Request.Builder().url(url)
                .header("User-Agent", config.userAgent())
                .header("Accept", request.kind().accept())
                // asking ourselves turns off OkHttp's transparent gzip: ContentDecoding undoes both codings
                .header("Accept-Encoding", ContentDecoding.ACCEPT_ENCODING);
        addValidator(http, "If-None-Match", request.etag());
        addValidator(http, "If-Modified-Since", request.lastModified());
        Call call = client.newCall(http.build());
        progress.startClockOnFirstHop();
        long remaining = progress.remainingNanos(config.deadline());
        if (remaining <= 0) {
            throw new InterruptedIOException("deadline of " + config.deadline() + " passed");
        }
        call.timeout().timeout(remaining, TimeUnit.NANOSECONDS);
        return call.execute();
    }

    /**
     * Sends a stored validator back as it came, unless it holds characters OkHttp refuses to send (it reads
     * non-ASCII response headers leniently): then the fetch just goes unconditional.
     */
    private static void addValidator(Request.Builder http, String name, String value) {
        if (value != null && value.chars().allMatch(c -> c == '\t' || (c >= 0x20 && c < 0x7f))) {
            http.header(name, value);
        }
    }

    private FetchResult complete(FetchRequest request, Response response, Progress progress) throws IOException {
        int code = response.code();
        ServerHints hints = ServerHints.from(response.headers(), clock.instant());
        String contentType = response.header("Content-Type");
        if (code == 304) {
            String etag = response.header("ETag", request.etag());
            String lastModified = response.header("Last-Modified", request.lastModified());
            return progress.result(FetchOutcome.NOT_MODIFIED, NO_BODY, contentType, etag, lastModified, hints, null);
        }
        if (code < 200 || code > 299) {
            FetchOutcome outcome = code == 429 ? FetchOutcome.RATE_LIMITED
                    : code >= 500 ? FetchOutcome.SERVER_ERROR : FetchOutcome.CLIENT_ERROR;
            return progress.result(outcome, NO_BODY, contentType, null, null, hints, "HTTP " + code);
        }
        ResponseBody body = response.body();
        if (body.contentLength() > config.maxBodyBytes()) {
            return progress.failed(FetchOutcome.TOO_LARGE, "Content-Length " + body.contentLength()
                    + " exceeds the cap of " + config.maxBodyBytes());
        }
        BufferedSource source = ContentDecoding.decode(response.header("Content-Encoding"), body.source());
        Buffer content = new Buffer();
        long read;
        while ((read = source.read(content, CHUNK_BYTES)) != -1) {
            progress.bytesRead += read;
            if (progress.bytesRead > config.maxBodyBytes()) {
                return progress.failed(FetchOutcome.TOO_LARGE, "body exceeds the cap of " + config.maxBodyBytes());
            }
            if (progress.remainingNanos(config.deadline()) <= 0) {
                throw new InterruptedIOException("deadline of " + config.deadline() + " passed while reading the body");
            }
        }
        return progress.result(FetchOutcome.OK, content.readByteArray(), contentType,
                response.header("ETag"), response.header("Last-Modified"), hints, null);
    }

    private static boolean isRedirect(int code) {
        return code == 301 || code == 302 || code == 303 || code == 307 || code == 308;
    }

    private static FetchOutcome classify(IOException e) {
        if (Thread.currentThread().isInterrupted()) {
            return FetchOutcome.INTERRUPTED;
        }
        if (find(e, BlockedAddressException.class)) {
            return FetchOutcome.BLOCKED_ADDRESS;
        }
        if (find(e, ContentDecoding.UnsupportedEncodingException.class)) {
            return FetchOutcome.UNDECODABLE;
        }
        if (e instanceof InterruptedIOException || find(e, SocketTimeoutException.class)) {
            return FetchOutcome.TIMEOUT;
        }
        return FetchOutcome.NETWORK_ERROR;
    }

    /** OkHttp may wrap a cause, or attach it as suppressed when it tried several addresses. */
    private static boolean find(Throwable e, Class<? extends Throwable> type) {
        if (e == null) {
            return false;
        }
        if (type.isInstance(e) || find(e.getCause(), type)) {
            return true;
        }
        for (Throwable suppressed : e.getSuppressed()) {
            if (find(suppressed, type)) {
                return true;
            }
        }
        return false;
    }

    private static String describe(IOException e) {
        return e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
    }

    @Override
    public void close() {
        client.dispatcher().executorService().shutdown();
        client.connectionPool().evictAll();
    }

    /** What one fetch has learnt so far, across hops. */
    private final class Progress {
        final FetchRequest request;
        final long startNanos;
        /** The deadline runs from the first request, not from the wait for a turn at the host. */
        long firstHopNanos = -1;
        HttpUrl url;
        int status;
        long bytesRead;
        /** The target of the last hop in an unbroken run of permanent redirects from the start. */
        HttpUrl permanentUrl;
        boolean onlyPermanentSoFar = true;

        Progress(FetchRequest request, long startNanos) {
            this.request = request;
            this.startNanos = startNanos;
        }

        void startClockOnFirstHop() {
            if (firstHopNanos < 0) {
                firstHopNanos = System.nanoTime();
            }
        }

        long remainingNanos(Duration deadline) {
            return deadline.toNanos() - (System.nanoTime() - firstHopNanos);
        }

        void followed(int code, HttpUrl target) {
            onlyPermanentSoFar &= code == 301 || code == 308;
            if (onlyPermanentSoFar) {
                permanentUrl = target;
            }
        }

        FetchResult hostBusy(Duration readyIn) {
            return result(FetchOutcome.HOST_BUSY, NO_BODY, null, null, null, new ServerHints(readyIn, null),
                    "host busy for another " + readyIn.toMillis() + " ms");
        }

        FetchResult failed(FetchOutcome outcome, String detail) {
            return result(outcome, NO_BODY, null, null, null, ServerHints.NONE, detail);
        }

        FetchResult result(FetchOutcome outcome, byte[] body, String contentType, String etag, String lastModified,
                           ServerHints hints, String detail) {
            String moved = outcome.isSuccess() && permanentUrl != null ? permanentUrl.toString() : null;
            return new FetchResult(outcome, status, request.url(), url == null ? request.url() : url.toString(), moved,
                    body, contentType, etag, lastModified, hints,
                    Duration.ofNanos(System.nanoTime() - startNanos), bytesRead, detail);
        }
    }
}
