package io.newswire.board.web;

/** A request the board answers with an error status and a JSON body ({@code error.schema.json}). */
final class HttpError extends RuntimeException {

    private final int status;

    HttpError(int status, String message) {
        super(message);
        this.status = status;
    }

    static HttpError badRequest(String message) {
        return new HttpError(400, message);
    }

    static HttpError notFound(String message) {
        return new HttpError(404, message);
    }

    static HttpError unavailable(String message) {
        return new HttpError(503, message);
    }

    int status() {
        return status;
    }
}
