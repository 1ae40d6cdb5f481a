#include "csv.h"

#include <QBuffer>
#include <QHash>
#include <QStringDecoder>

#include <algorithm>
#include <bit>
#include <cstring>
#include <vector>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace rampart {

namespace {

// How far data holds whole, valid UTF-8 sequences (end), and where the first invalid one
// starts (bad, else -1). Unless last, a sequence cut off at the end is not invalid: its
// rest is still to come.
struct Utf8Check
{
    qsizetype bad = -1;
    qsizetype end = 0;
};

Utf8Check checkUtf8(QByteArrayView data, bool last)
{
    const auto *p = reinterpret_cast<const unsigned char *>(data.constData());
    const qsizetype n = data.size();
    qsizetype i = 0;
    while (i < n) {
        // Sixteen or eight ASCII bytes at a time: most of a spreadsheet is.
#if defined(__SSE2__)
        if (n - i >= 16) {
            const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i *>(p + i));
            if (_mm_movemask_epi8(v) == 0) {
                i += 16;
                continue;
            }
        }
#endif
        if (n - i >= 8) {
            quint64 word;
            std::memcpy(&word, p + i, 8);
            if ((word & 0x8080808080808080ULL) == 0) {
                i += 8;
                continue;
            }
        }
        const unsigned char c = p[i];
        int extra = 0;
        if (c < 0x80)
            extra = 0;
        else if (c >= 0xC2 && c <= 0xDF)
            extra = 1;
        else if (c >= 0xE0 && c <= 0xEF)
            extra = 2;
        else if (c >= 0xF0 && c <= 0xF4)
            extra = 3;
        else
            return {i, i};
        for (int k = 1; k <= extra; ++k) {
            if (i + k >= n)
                return last ? Utf8Check{i, i} : Utf8Check{-1, i};
            if ((p[i + k] & 0xC0) != 0x80)
                return {i, i};
        }
        i += extra + 1;
    }
    return {-1, n};
}

// The delimiter the header line uses most; lineEnded tells whether text holds the
// whole header line.
char detectDelimiter(QByteArrayView text, bool *lineEnded)
{
    int commas = 0, semicolons = 0, tabs = 0;
    bool quoted = false;
    *lineEnded = false;
    for (const char c : text) {
        if (c == '"') {
            quoted = !quoted;
        } else if (!quoted && (c == '\n' || c == '\r')) {
            *lineEnded = true;
            break;
        } else if (!quoted && c == ',') {
            ++commas;
        } else if (!quoted && c == ';') {
            ++semicolons;
        } else if (!quoted && c == '\t') {
            ++tabs;
        }
    }
    if (tabs > commas && tabs > semicolons)
        return '\t';
    return semicolons > commas ? ';' : ',';
}

// The text of whole UTF-8 sequences, a byte order mark at their start too (one that
// QString::fromUtf8 would drop: only the file's own start has one to drop).
QString decode(QByteArrayView bytes)
{
    if (!bytes.startsWith("\xEF\xBB\xBF"))
        return QString::fromUtf8(bytes);
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::ConvertInitialBom | QStringDecoder::Flag::Stateless);
    return decoder.decode(bytes);
}

// Line ends are far apart: memchr finds them faster than a look at every byte.
qsizetype countByte(QByteArrayView bytes, char c)
{
    qsizetype count = 0;
    const char *p = bytes.data();
    const char *const end = p + bytes.size();
    while (p < end) {
        p = static_cast<const char *>(std::memchr(p, c, size_t(end - p)));
        if (!p)
            break;
        ++count;
        ++p;
    }
    return count;
}

// UTF-16 characters of whole UTF-8 sequences; withoutBom as QString::fromUtf8 counts them.
qsizetype textLength(QByteArrayView bytes, bool withoutBom = false)
{
    return withoutBom ? QString::fromUtf8(bytes).size() : decode(bytes).size();
}

// Fields repeat down a column (scores, levels, dates, owners, but also titles, threats,
// controls in place): equal ones share one string instead of each taking memory of its
// own, and are decoded once. Each column keeps its own table, and one whose values hardly
// ever repeat (references, scenarios) stops being looked up at all.
class SharedFields
{
public:
    static constexpr qsizetype MaxBytes = 512;

    QString text(qsizetype column, QByteArrayView bytes)
    {
        if (bytes.size() > MaxBytes || column >= MaxColumns)
            return decode(bytes);
        if (column >= qsizetype(m_columns.size()))
            m_columns.resize(size_t(column) + 1);
        Column &c = m_columns[size_t(column)];
        if (c.off)
            return decode(bytes);
        ++c.lookups;
        // Looked up by the bytes where they are; copied only when kept.
        const auto found = c.texts.constFind(QByteArray::fromRawData(bytes.data(), bytes.size()));
        if (found != c.texts.constEnd()) {
            ++c.hits;
            return *found;
        }
        QString text = decode(bytes);
        if (c.lookups >= Trial && c.hits * 4 < c.lookups) {
            c = Column();
            c.off = true;
            return text;
        }
        if (c.texts.size() < Limit)
            c.texts.insert(bytes.toByteArray(), text);
        return text;
    }

private:
    static constexpr qsizetype MaxColumns = 256;
    static constexpr qsizetype Limit = 8192;  // distinct values kept per column
    static constexpr qsizetype Trial = 256;   // values seen before a column may be given up
    struct Column
    {
        QHash<QByteArray, QString> texts;
        qsizetype lookups = 0;
        qsizetype hits = 0;
        bool off = false;
    };

    std::vector<Column> m_columns;
};

// The CSV grammar over UTF-8 bytes (all its special characters are ASCII, so a field's
// bytes are found without decoding the text; each field is decoded on its own), fed a
// piece of the file at a time. Lines and columns are counted as before: a column is a
// UTF-16 character of its line, carriage returns not counted. Columns are only worked
// out when an error needs one.
class Parser
{
public:
    Parser(char delimiter, const Csv::RecordHandler &onRecord) : m_delimiter(delimiter), m_onRecord(onRecord)
    {
        for (const unsigned char c : {'"', '\n', '\r'})
            m_special[c] = OutsideQuotes | InsideQuotes;
        m_special[static_cast<unsigned char>(delimiter)] |= OutsideQuotes;
    }

    bool failed() const { return !m_error.isEmpty(); }
    QString error() const { return m_error; }

    // Reads bytes [0, end) of buf, all whole UTF-8 sequences; returns where it stopped:
    // the bytes from there on are needed again, with more after them (a quote or a
    // carriage return whose next byte has not come yet). With last, buf is the rest of
    // the file, and the records are finished.
    qsizetype parse(QByteArrayView buf, bool last);
    // Before buf's bytes [0, upTo) are dropped: takes from them what is still needed.
    void drop(QByteArrayView buf, qsizetype upTo);

private:
    enum : unsigned char { OutsideQuotes = 1, InsideQuotes = 2 };

    // The first byte of p[from, end) that means something where the parser is (mask).
    qsizetype skipPlain(const char *p, qsizetype from, qsizetype end, unsigned char mask) const
    {
        qsizetype j = from;
#if defined(__SSE2__)
        // Sixteen bytes at a time: fields are mostly long runs of text.
        const __m128i quote = _mm_set1_epi8('"');
        const __m128i lineFeed = _mm_set1_epi8('\n');
        const __m128i carriageReturn = _mm_set1_epi8('\r');
        const __m128i delimiter = _mm_set1_epi8(mask == OutsideQuotes ? m_delimiter : '"');
        while (end - j >= 16) {
            const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i *>(p + j));
            const __m128i hits = _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(v, quote), _mm_cmpeq_epi8(v, delimiter)),
                                              _mm_or_si128(_mm_cmpeq_epi8(v, lineFeed), _mm_cmpeq_epi8(v, carriageReturn)));
            const unsigned bits = unsigned(_mm_movemask_epi8(hits));
            if (bits != 0)
                return j + std::countr_zero(bits);
            j += 16;
        }
#endif
        while (j < end && !(m_special[static_cast<unsigned char>(p[j])] & mask))
            ++j;
        return j;
    }

    int column(QByteArrayView buf, qsizetype at) const
    {
        const QByteArrayView part = buf.sliced(m_lineStart, at - m_lineStart);
        return int(1 + m_columnBase + textLength(part) - countByte(part, '\r'));
    }
    void settleQuoteColumn(QByteArrayView buf)
    {
        if (m_quoteAt >= 0) {
            m_quoteColumn = column(buf, m_quoteAt);
            m_quoteAt = -1;
        }
    }
    void newLine(qsizetype start)
    {
        ++m_line;
        m_lineStart = start;
        m_columnBase = 0;
    }
    void appendRun(QByteArrayView buf, qsizetype end)
    {
        if (m_runStart >= 0) {
            m_fieldBytes.append(buf.sliced(m_runStart, end - m_runStart));
            m_runStart = -1;
        }
    }
    // The field's text is complete: its bytes end at end.
    void settleField(QByteArrayView buf, qsizetype end)
    {
        if (m_runStart >= 0 && m_fieldBytes.isEmpty()) {
            const QByteArrayView bytes = buf.sliced(m_runStart, end - m_runStart);
            m_field = m_shared.text(m_record.size(), bytes);
            m_runStart = -1;
            return;
        }
        appendRun(buf, end);
        if (!m_fieldBytes.isEmpty()) {
            m_field = decode(m_fieldBytes);
            m_fieldBytes.resize(0);
        }
    }
    void endField()
    {
        m_record << std::move(m_field);
        m_field = QString();
        m_fieldWasQuoted = false;
    }
    void endRecord();
    void fail(const QString &error) { m_error = error; }

    const char m_delimiter;
    const Csv::RecordHandler &m_onRecord;
    unsigned char m_special[256] = {};
    SharedFields m_shared;

    QStringList m_record;
    QString m_field;
    QByteArray m_fieldBytes;    // the field so far, when it is not one run of buf
    qsizetype m_runStart = -1;  // where a run of the field's bytes starts in buf
    bool m_inQuotes = false;
    bool m_fieldWasQuoted = false;
    int m_line = 1;
    int m_recordLine = 1;
    qsizetype m_lineStart = 0;   // in buf
    qsizetype m_columnBase = 0;  // characters of the line before buf
    int m_quoteLine = 0;
    int m_quoteColumn = 0;
    qsizetype m_quoteAt = -1;  // in buf, until its column is worked out
    qsizetype m_width = 8;
    bool m_header = true;
    bool m_sawQuote = false;
    bool m_blank = true;  // nothing but white space so far
    bool m_anyRecord = false;
    QString m_error;
};

void Parser::endRecord()
{
    endField();
    // A line with nothing on it is not a record (blank lines between rows, a trailing
    // newline).
    if (!(m_record.size() == 1 && m_record.first().isEmpty())) {
        if (m_blank) {
            m_blank = m_record.size() == 1 || m_delimiter == '\t';
            for (qsizetype i = 0; m_blank && i < m_record.size(); ++i)
                m_blank = QStringView(m_record.at(i)).trimmed().isEmpty();
        }
        if (m_header) {
            for (QString &h : m_record)
                h = h.trimmed();
            m_width = m_record.size();
            m_header = false;
        }
        m_anyRecord = true;
        m_onRecord(m_record, m_recordLine);
    }
    m_record = QStringList();
    m_record.reserve(m_width);
}

qsizetype Parser::parse(QByteArrayView buf, bool last)
{
    const char *p = buf.data();
    const qsizetype end = buf.size();
    qsizetype i = 0;
    while (i < end) {
        const char c = p[i];
        const unsigned char mask = m_inQuotes ? InsideQuotes : OutsideQuotes;
        if (!(m_special[static_cast<unsigned char>(c)] & mask)) {
            // A run of plain bytes is taken at once.
            const qsizetype j = skipPlain(p, i + 1, end, mask);
            if (m_runStart < 0)
                m_runStart = i;
            i = j;
            continue;
        }
        if (m_inQuotes) {
            if (c == '"') {
                if (i + 1 == end && !last)
                    return i;
                if (i + 1 < end && p[i + 1] == '"') {
                    // One quote of the two is text: it ends the run.
                    if (m_runStart < 0)
                        m_runStart = i;
                    appendRun(buf, i + 1);
                    i += 2;
                    continue;
                }
                settleField(buf, i);
                m_inQuotes = false;
                m_quoteAt = -1;
                // After the closing quote only a delimiter or the end of the line may follow.
                if (i + 1 < end) {
                    const char next = p[i + 1];
                    if (next != m_delimiter && next != '\n' && next != '\r') {
                        fail(Csv::tr("line %1, column %2: unexpected text after a closing quote")
                                 .arg(m_line)
                                 .arg(column(buf, i + 1)));
                        return i;
                    }
                }
                ++i;
                continue;
            }
            if (c == '\n') {
                settleQuoteColumn(buf);
                newLine(i + 1);
                if (m_runStart < 0)
                    m_runStart = i;
                ++i;
                continue;
            }
            // A carriage return: line breaks inside a field are kept as plain \n.
            if (i + 1 == end && !last)
                return i;
            appendRun(buf, i);
            if (i + 1 < end && p[i + 1] == '\n') {
                ++i;
                continue;
            }
            m_fieldBytes.append('\n');
            ++i;
            continue;
        }
        if (c == '"') {
            m_sawQuote = true;
            if (m_runStart < 0 && m_fieldBytes.isEmpty() && !m_fieldWasQuoted) {
                m_inQuotes = true;
                m_fieldWasQuoted = true;
                m_quoteLine = m_line;
                m_quoteAt = i;
                ++i;
                continue;
            }
            if (m_runStart < 0)
                m_runStart = i;
            ++i;
            continue;
        }
        if (c == m_delimiter) {
            settleField(buf, i);
            endField();
            ++i;
            continue;
        }
        // A line end: \n, \r or \r\n.
        if (c == '\r' && i + 1 == end && !last)
            return i;
        settleField(buf, i);
        qsizetype next = i + 1;
        if (c == '\r' && next < end && p[next] == '\n')
            ++next;
        endRecord();
        newLine(next);
        m_recordLine = m_line;
        i = next;
    }
    if (!last)
        return end;

    settleField(buf, end);
    if (m_inQuotes) {
        settleQuoteColumn(buf);
        fail(Csv::tr("line %1, column %2: a quoted field is never closed").arg(m_quoteLine).arg(m_quoteColumn));
        return end;
    }
    if (!m_field.isEmpty() || !m_record.isEmpty())
        endRecord();
    if (!m_anyRecord || (m_blank && !m_sawQuote))
        fail(Csv::tr("line 1: the file is empty"));
    return end;
}

void Parser::drop(QByteArrayView buf, qsizetype upTo)
{
    appendRun(buf, upTo);
    if (m_inQuotes)
        settleQuoteColumn(buf);
    const QByteArrayView part = buf.sliced(m_lineStart, upTo - m_lineStart);
    m_columnBase += textLength(part) - countByte(part, '\r');
    m_lineStart = 0;
}

} // namespace

bool Csv::read(QIODevice *device, const RecordHandler &onRecord, QString *error, QChar *delimiterOut,
               qsizetype chunkSize)
{
    chunkSize = std::max<qsizetype>(chunkSize, 1);
    QByteArray buf;
    bool last = false;
    auto fill = [&] {
        const qsizetype have = buf.size();
        buf.resize(have + chunkSize);
        const qint64 got = device->read(buf.data() + have, chunkSize);
        buf.resize(have + std::max<qsizetype>(qsizetype(got), 0));
        if (got <= 0)
            last = true;
    };
    // The header line decides the delimiter: it is read whole first.
    fill();
    char delimiter = ',';
    for (;;) {
        bool lineEnded = false;
        delimiter = detectDelimiter(QByteArrayView(buf).sliced(buf.startsWith("\xEF\xBB\xBF") ? 3 : 0), &lineEnded);
        if (last || (lineEnded && buf.size() >= 6))
            break;
        fill();
    }
    if (buf.startsWith("\xEF\xBB\xBF"))
        buf.remove(0, 3);
    // Read as before, when the text was decoded whole: that dropped a second mark too.
    const bool secondBom = buf.startsWith("\xEF\xBB\xBF");
    if (secondBom)
        buf.remove(0, 3);
    if (delimiterOut)
        *delimiterOut = QLatin1Char(delimiter);

    Parser parser(delimiter, onRecord);
    // Where an invalid byte is reported: after how many line feeds, and how many
    // characters of its line came before buf. Its column is counted as QString::fromUtf8
    // counts the line's bytes: without a byte order mark at their start.
    qsizetype newlines = 0;
    qsizetype lineBase = 0;
    bool lineFresh = !secondBom;  // no byte of the line counted yet
    auto countLine = [&](QByteArrayView part) {
        lineBase += textLength(part, lineFresh);
        lineFresh = lineFresh && part.isEmpty();
    };
    QString utf8Error;
    for (;;) {
        const Utf8Check check = checkUtf8(buf, last);
        if (check.bad >= 0) {
            // Invalid text is reported before anything else, wherever it is.
            const QByteArrayView before = QByteArrayView(buf).first(check.bad);
            const qsizetype lineFeed = before.lastIndexOf('\n');
            const qsizetype line = newlines + countByte(before, '\n') + 1;
            if (lineFeed >= 0) {
                lineBase = 0;
                lineFresh = true;
            }
            countLine(before.sliced(lineFeed + 1));
            utf8Error = tr("line %1, column %2: the file is not UTF-8 text (save it from the spreadsheet as "
                           "\"CSV UTF-8\")")
                            .arg(line)
                            .arg(lineBase + 1);
            break;
        }
        qsizetype upTo = check.end;
        if (!parser.failed()) {
            const qsizetype stop = parser.parse(QByteArrayView(buf).first(check.end), last);
            if (!parser.failed()) {
                upTo = stop;
                if (!last)
                    parser.drop(buf, upTo);
            }
        }
        if (last)
            break;
        // After an error in the CSV the rest is still read: invalid text would come first.
        const QByteArrayView dropped = QByteArrayView(buf).first(upTo);
        const qsizetype lineFeed = dropped.lastIndexOf('\n');
        newlines += countByte(dropped, '\n');
        if (lineFeed >= 0) {
            lineBase = 0;
            lineFresh = true;
        }
        countLine(dropped.sliced(lineFeed + 1));
        // The rest moves to the front of the same buffer (QByteArray::remove would keep
        // the space in front, and the next piece would need a new buffer).
        const qsizetype rest = buf.size() - upTo;
        std::memmove(buf.data(), buf.constData() + upTo, size_t(rest));
        buf.resize(rest);
        fill();
    }
    const QString message = !utf8Error.isEmpty() ? utf8Error : parser.error();
    if (!message.isEmpty()) {
        if (error)
            *error = message;
        return false;
    }
    return true;
}

bool Csv::parse(QIODevice *device, CsvTable *out, QString *error)
{
    CsvTable table;
    bool header = true;
    const bool ok = read(
        device,
        [&](QStringList &record, int line) {
            if (header) {
                table.header = std::move(record);
                header = false;
                return;
            }
            table.rows << std::move(record);
            table.rowLines << line;
        },
        error, &table.delimiter);
    if (ok)
        *out = std::move(table);
    return ok;
}

bool Csv::parse(const QByteArray &data, CsvTable *out, QString *error)
{
    // Shared, not copied: the buffer hands the bytes on a piece at a time.
    QBuffer buffer;
    buffer.setData(data);
    buffer.open(QIODevice::ReadOnly);
    return parse(&buffer, out, error);
}

QString Csv::safeText(const QString &text)
{
    if (text.isEmpty())
        return text;
    const QChar first = text.at(0);
    if (first == QLatin1Char('=') || first == QLatin1Char('+') || first == QLatin1Char('-')
        || first == QLatin1Char('@') || first == QLatin1Char('\t') || first == QLatin1Char('\r'))
        return QLatin1Char('\'') + text;
    return text;
}

QString Csv::unsafeText(const QString &text)
{
    if (text.size() >= 2 && text.at(0) == QLatin1Char('\'')) {
        const QChar second = text.at(1);
        if (second == QLatin1Char('=') || second == QLatin1Char('+') || second == QLatin1Char('-')
            || second == QLatin1Char('@') || second == QLatin1Char('\t') || second == QLatin1Char('\r'))
            return text.mid(1);
    }
    return text;
}

bool Csv::writeTo(QIODevice *out, const QList<QStringList> &rows)
{
    // UTF-8 straight from each cell, handed on a megabyte at a time: a register of
    // 100,000 risks is never held whole as text a second time.
    constexpr qsizetype Chunk = 1 << 20;
    QByteArray buffer("\xEF\xBB\xBF");
    buffer.reserve(Chunk + 64 * 1024);
    auto flush = [&] {
        const bool ok = out->write(buffer) == buffer.size();
        buffer.clear();
        return ok;
    };
    for (const QStringList &row : rows) {
        for (qsizetype i = 0; i < row.size(); ++i) {
            const QString &cell = row.at(i);
            if (i > 0)
                buffer += ',';
            const bool quote = cell.contains(QLatin1Char(',')) || cell.contains(QLatin1Char('"'))
                || cell.contains(QLatin1Char('\n')) || cell.contains(QLatin1Char('\r')) || cell.startsWith(QLatin1Char(' '))
                || cell.endsWith(QLatin1Char(' '));
            if (quote) {
                QString escaped = cell;
                escaped.replace(QLatin1Char('"'), QStringLiteral("\"\""));
                buffer += '"';
                buffer += escaped.toUtf8();
                buffer += '"';
            } else {
                buffer += cell.toUtf8();
            }
        }
        buffer += "\r\n";
        if (buffer.size() >= Chunk && !flush())
            return false;
    }
    return flush();
}

QByteArray Csv::write(const QList<QStringList> &rows)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    writeTo(&buffer, rows);
    return buffer.data();
}

} // namespace rampart
