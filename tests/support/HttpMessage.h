#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>

namespace ow::test {

// One HTTP/1.1 request or response as FaultProxy sees it: start line, headers in their order,
// and the whole body (a chunked body is already joined). Enough HTTP for a test proxy between
// QNetworkAccessManager and a QHttpServer, not a general-purpose implementation.
struct HttpMessage
{
    QByteArray startLine; // "POST /api/v1/envelopes HTTP/1.1" or "HTTP/1.1 200 OK"
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;

    // Header names compare case-insensitively; the first match wins.
    QByteArray header(const QByteArray &name) const;
    bool hasToken(const QByteArray &name, const QByteArray &token) const; // "Connection: a, b"
    void setHeader(const QByteArray &name, const QByteArray &value);
    void removeHeader(const QByteArray &name);
    // Hop-by-hop headers belong to one connection and never travel through a proxy.
    void removeHopByHopHeaders();

    // Request parts.
    QByteArray method() const;
    QByteArray target() const;
    bool wantsWebSocket() const;
    // Response part: the status code, 0 when the start line is not a status line.
    int statusCode() const;

    QByteArray serializedHead() const; // start line, headers, blank line
    QByteArray serialized() const;     // head and body as they are
};

enum class HttpParse { Incomplete, Complete, Invalid };

// Takes one complete request from the front of `buffer` into `out` (the bytes are removed),
// or says that more bytes are needed, or that the bytes are not HTTP.
HttpParse takeHttpRequest(QByteArray &buffer, HttpMessage &out);

// The same for a response to a request with `requestMethod`. `peerClosed`: the sender closed
// the connection, which completes a response that has neither length nor chunks.
HttpParse takeHttpResponse(QByteArray &buffer, const QByteArray &requestMethod, bool peerClosed,
                           HttpMessage &out);

// A complete response: status line, Content-Type, Content-Length and `body`.
HttpMessage makeHttpResponse(int status, const QByteArray &reason, const QByteArray &contentType,
                             const QByteArray &body);

} // namespace ow::test
