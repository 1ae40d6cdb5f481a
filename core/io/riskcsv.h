#pragma once

#include "csv.h"
#include "domain/risk.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <vector>

namespace rampart {

class Document;

// One thing wrong with an import file: the CSV line, the column (header name) and why.
struct ImportProblem
{
    int line = 0;  // 0: the file as a whole
    QString column;
    QString message;
    int columnIndex = -1;  // position of the column in the file, for ordering

    QString toString() const;
};

// Risk register and asset inventory to and from spreadsheets (CSV). Import maps the
// file's headers to fields, checks every cell against the method and the file, and
// reports every problem with its line and column; nothing is guessed. Export writes
// cells a spreadsheet shows as text, never runs as formulas.
class RiskCsv
{
    Q_DECLARE_TR_FUNCTIONS(RiskCsv)

public:
    enum class Kind { Risks, Assets };
    // Mapping targets besides the fields (Risk::Field or Asset::Field).
    static constexpr int Ignored = -1;   // a column nobody asked for
    static constexpr int Derived = -2;   // a score, level or count: follows from the data

    // The field names --map accepts ("inherent_likelihood"): the columns of the file.
    static QStringList fieldKeys(Kind kind);
    static int fieldCount(Kind kind);
    static QString fieldKey(Kind kind, int field);
    static QString fieldLabel(Kind kind, int field);
    static int fieldFromKey(Kind kind, const QString &key);

    // A target field for each header, from the header's meaning ("Risk ID",
    // "Likelihood (1-5)", "Probability", "Risk Owner", "Owner ", "Asset/Area"...).
    static QList<int> guessMapping(Kind kind, const QStringList &headers);
    // Applies "Header=field,Header 2=ignore" on top of a mapping. With skipMissing,
    // entries for headers the file does not have are left out (one --map for two files).
    static bool applyMapOption(Kind kind, const QStringList &headers, const QString &option, QList<int> *mapping,
                               QString *error, bool skipMissing = false);
    // The headers a --map option names.
    static QStringList mapOptionHeaders(const QString &option);
    // "Risk ID -> reference" lines, for the CLI and the dialog.
    static QStringList describeMapping(Kind kind, const QStringList &headers, const QList<int> &mapping);
    // Problems of the mapping itself (two columns for one field, no title column).
    static std::vector<ImportProblem> mappingProblems(Kind kind, const QStringList &headers, const QList<int> &mapping);

    struct Result
    {
        RiskRegisterBatch batch;  // the valid rows, ready for Document::importRegister
        std::vector<ImportProblem> problems;
        int rows = 0;             // data rows in the file
        int validRows = 0;
        bool hasProblems() const { return !problems.empty(); }
    };

    // Reads a file's rows. Risks may name assets of the file or of alsoAssets (assets
    // imported in the same go). Problems of the mapping are reported too.
    static Result read(Kind kind, const CsvTable &table, const QList<int> &mapping, Document &document,
                       const std::vector<Asset> &alsoAssets = {});
    // Parses and reads a file a row at a time (the file and its cells are never held
    // whole); problems of the CSV itself come back as problems. header and mapping, when
    // given, receive the file's header and the mapping used.
    static Result readFile(Kind kind, const QString &path, const QString &mapOption, Document &document,
                           const std::vector<Asset> &alsoAssets, QStringList *header, QList<int> *mapping,
                           bool mapMayNotApply = false);

    // The register, the treatment plan and the inventory as rows (header first).
    static QList<QStringList> riskRows(Document &document);
    static QList<QStringList> treatmentPlanRows(Document &document);
    static QList<QStringList> assetRows(Document &document);
    // Writes rows through QSaveFile: a failed export leaves no half-written file.
    static bool write(const QString &path, const QList<QStringList> &rows, QString *error);
};

} // namespace rampart
