#pragma once

#include <QCoreApplication>
#include <QString>

class QIODevice;

namespace rampart {

class Catalog;
class Document;
struct DocumentContent;

// The whole document as JSON (format "rampart-isms", documented by
// resources/schema/rampart-isms.schema.json). Export then import into a new file then
// export again gives the same bytes: no timestamps, keys in a fixed order, and every
// row carries its uid.
class JsonIo
{
    Q_DECLARE_TR_FUNCTIONS(JsonIo)

public:
    // 2 added the Statement of Applicability ("soa"); version 1 exports are still read.
    static constexpr int FormatVersion = 2;

    static QByteArray toJson(const Document &document);
    // The same bytes, written as they are made: the long registers one element at a
    // time. False when out refuses a write.
    static bool write(const Document &document, QIODevice *out);
    // Written through QSaveFile: a failed export leaves no half-written file.
    static bool exportTo(const Document &document, const QString &path, QString *error);

    // Parses and validates everything before anything is written. sourceName prefixes
    // every message ("x.json: line 3, column 7: ...", "x.json: scope.exclusions[2].uid: ...").
    // The bytes are let go of once read as JSON: pass them with std::move when the caller
    // needs them no more, and a large file's text is not held while its content is made.
    static bool parse(QByteArray data, const QString &sourceName, const Catalog &catalog, DocumentContent *out,
                      QString *error);
    // Replaces the document's content with the file's, in one transaction.
    static bool importFrom(Document &document, const QString &path, QString *error);
};

} // namespace rampart
