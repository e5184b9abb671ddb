#include "HttpMessage.h"

namespace ow::test {

namespace {

constexpr qsizetype MaxHeadBytes = 64 * 1024;
// Above the hub's 8 MiB request limit, so tests of "too large" reach the hub.
constexpr qsizetype MaxBodyBytes = 64 * 1024 * 1024;

// Reads the start line and headers at the front of `buffer`; `bodyStart` is where the body
// begins.
HttpParse parseHead(const QByteArray &buffer, HttpMessage &message, qsizetype &bodyStart)
{
    const qsizetype end = buffer.indexOf("\r\n\r\n");
    if (end < 0)
        return buffer.size() > MaxHeadBytes ? HttpParse::Invalid : HttpParse::Incomplete;
    if (end > MaxHeadBytes)
        return HttpParse::Invalid;
    message = {};
    const QList<QByteArray> lines = buffer.left(end).split('\n');
    for (qsizetype i = 0; i < lines.size(); ++i) {
        QByteArray line = lines.at(i);
        if (line.endsWith('\r'))
            line.chop(1);
        if (i == 0) {
            message.startLine = line;
            continue;
        }
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0)
            return HttpParse::Invalid;
        const QByteArray name = line.left(colon);
        if (name.contains(' ') || name.contains('\t'))
            return HttpParse::Invalid;
        message.headers.append({name, line.mid(colon + 1).trimmed()});
    }
    if (message.startLine.count(' ') < 2)
        return HttpParse::Invalid;
    bodyStart = end + 4;
    return HttpParse::Complete;
}

// A chunked body starting at `from`, joined into `body`; `end` is just past its last byte.
HttpParse parseChunked(const QByteArray &buffer, qsizetype from, QByteArray &body,
                       qsizetype &end)
{
    body.clear();
    qsizetype pos = from;
    for (;;) {
        const qsizetype lineEnd = buffer.indexOf("\r\n", pos);
        if (lineEnd < 0)
            return buffer.size() - pos > 1024 ? HttpParse::Invalid : HttpParse::Incomplete;
        QByteArray sizeText = buffer.mid(pos, lineEnd - pos);
        if (const qsizetype semicolon = sizeText.indexOf(';'); semicolon >= 0)
            sizeText.truncate(semicolon); // chunk extensions carry nothing we need
        bool ok = false;
        const qlonglong size = sizeText.trimmed().toLongLong(&ok, 16);
        if (!ok || size < 0 || size > MaxBodyBytes - body.size())
            return HttpParse::Invalid;
        pos = lineEnd + 2;
        if (size == 0) {
            // Trailer fields (dropped) up to the blank line.
            for (;;) {
                const qsizetype trailerEnd = buffer.indexOf("\r\n", pos);
                if (trailerEnd < 0)
                    return HttpParse::Incomplete;
                const bool blank = trailerEnd == pos;
                pos = trailerEnd + 2;
                if (blank) {
                    end = pos;
                    return HttpParse::Complete;
                }
            }
        }
        if (buffer.size() < pos + size + 2)
            return HttpParse::Incomplete;
        body.append(buffer.constData() + pos, static_cast<qsizetype>(size));
        if (buffer.mid(pos + size, 2) != "\r\n")
            return HttpParse::Invalid;
        pos += size + 2;
    }
}

enum class Framing { None, Length, Chunked, UntilClose, Invalid };

Framing framingOf(const HttpMessage &message, qlonglong &length)
{
    const QByteArray transfer = message.header("Transfer-Encoding").toLower();
    if (!transfer.isEmpty())
        return transfer.trimmed().endsWith("chunked") ? Framing::Chunked : Framing::Invalid;
    QByteArray lengthText;
    for (const auto &[name, value] : message.headers) {
        if (name.compare("Content-Length", Qt::CaseInsensitive) != 0)
            continue;
        if (!lengthText.isNull() && lengthText != value)
            return Framing::Invalid; // two different lengths: a smuggling attempt or a bug
        lengthText = value;
    }
    if (lengthText.isNull())
        return Framing::UntilClose;
    bool ok = false;
    length = lengthText.toLongLong(&ok);
    return ok && length >= 0 && length <= MaxBodyBytes ? Framing::Length : Framing::Invalid;
}

// The body after the head, framed as `framing` says; removes the whole message from `buffer`.
HttpParse takeBody(QByteArray &buffer, qsizetype bodyStart, Framing framing, qlonglong length,
                   HttpMessage &out)
{
    switch (framing) {
    case Framing::Invalid:
        return HttpParse::Invalid;
    case Framing::None:
        buffer.remove(0, bodyStart);
        return HttpParse::Complete;
    case Framing::Length:
        if (buffer.size() - bodyStart < length)
            return HttpParse::Incomplete;
        out.body = buffer.mid(bodyStart, static_cast<qsizetype>(length));
        buffer.remove(0, bodyStart + static_cast<qsizetype>(length));
        return HttpParse::Complete;
    case Framing::Chunked: {
        qsizetype end = 0;
        const HttpParse parsed = parseChunked(buffer, bodyStart, out.body, end);
        if (parsed == HttpParse::Complete)
            buffer.remove(0, end);
        return parsed;
    }
    case Framing::UntilClose:
        out.body = buffer.mid(bodyStart);
        buffer.clear();
        return HttpParse::Complete;
    }
    return HttpParse::Invalid;
}

} // namespace

QByteArray HttpMessage::header(const QByteArray &name) const
{
    for (const auto &[key, value] : headers)
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    return {};
}

bool HttpMessage::hasToken(const QByteArray &name, const QByteArray &token) const
{
    for (const auto &[key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) != 0)
            continue;
        for (const QByteArray &part : value.split(','))
            if (part.trimmed().compare(token, Qt::CaseInsensitive) == 0)
                return true;
    }
    return false;
}

void HttpMessage::setHeader(const QByteArray &name, const QByteArray &value)
{
    removeHeader(name);
    headers.append({name, value});
}

void HttpMessage::removeHeader(const QByteArray &name)
{
    headers.removeIf([&name](const QPair<QByteArray, QByteArray> &entry) {
        return entry.first.compare(name, Qt::CaseInsensitive) == 0;
    });
}

void HttpMessage::removeHopByHopHeaders()
{
    QList<QByteArray> names{"Connection", "Keep-Alive", "Proxy-Connection", "TE", "Trailer",
                            "Transfer-Encoding", "Upgrade", "HTTP2-Settings"};
    for (const QByteArray &listed : header("Connection").split(','))
        if (!listed.trimmed().isEmpty())
            names.append(listed.trimmed());
    for (const QByteArray &name : names)
        removeHeader(name);
}

QByteArray HttpMessage::method() const
{
    return startLine.left(startLine.indexOf(' '));
}

QByteArray HttpMessage::target() const
{
    const QList<QByteArray> parts = startLine.split(' ');
    return parts.size() >= 2 ? parts.at(1) : QByteArray();
}

bool HttpMessage::wantsWebSocket() const
{
    return hasToken("Connection", "upgrade") && hasToken("Upgrade", "websocket");
}

int HttpMessage::statusCode() const
{
    if (!startLine.startsWith("HTTP/"))
        return 0;
    const QList<QByteArray> parts = startLine.split(' ');
    return parts.size() >= 2 ? parts.at(1).toInt() : 0;
}

QByteArray HttpMessage::serializedHead() const
{
    QByteArray head = startLine + "\r\n";
    for (const auto &[name, value] : headers)
        head += name + ": " + value + "\r\n";
    return head + "\r\n";
}

QByteArray HttpMessage::serialized() const
{
    return serializedHead() + body;
}

HttpParse takeHttpRequest(QByteArray &buffer, HttpMessage &out)
{
    qsizetype bodyStart = 0;
    const HttpParse head = parseHead(buffer, out, bodyStart);
    if (head != HttpParse::Complete)
        return head;
    if (!out.startLine.contains(" HTTP/1."))
        return HttpParse::Invalid;
    qlonglong length = 0;
    Framing framing = framingOf(out, length);
    if (framing == Framing::UntilClose)
        framing = Framing::None; // a request without length has no body
    return takeBody(buffer, bodyStart, framing, length, out);
}

HttpParse takeHttpResponse(QByteArray &buffer, const QByteArray &requestMethod, bool peerClosed,
                           HttpMessage &out)
{
    qsizetype bodyStart = 0;
    const HttpParse head = parseHead(buffer, out, bodyStart);
    if (head != HttpParse::Complete)
        return head;
    const int status = out.statusCode();
    if (status < 100 || status > 999)
        return HttpParse::Invalid;
    qlonglong length = 0;
    Framing framing = framingOf(out, length);
    if (requestMethod == "HEAD" || status < 200 || status == 204 || status == 304)
        framing = Framing::None;
    if (framing == Framing::UntilClose && !peerClosed)
        return HttpParse::Incomplete;
    return takeBody(buffer, bodyStart, framing, length, out);
}

HttpMessage makeHttpResponse(int status, const QByteArray &reason, const QByteArray &contentType,
                             const QByteArray &body)
{
    HttpMessage response;
    response.startLine = "HTTP/1.1 " + QByteArray::number(status) + ' ' + reason;
    response.headers = {{"Content-Type", contentType},
                        {"Content-Length", QByteArray::number(body.size())}};
    response.body = body;
    return response;
}

} // namespace ow::test
