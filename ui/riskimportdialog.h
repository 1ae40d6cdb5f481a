#pragma once

#include "io/csv.h"
#include "io/riskcsv.h"

#include <QDialog>

class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTableWidget;

namespace rampart {

class Document;

// The column-mapping step of a spreadsheet import: each column of the file with an
// example value and the field it imports into (guessed, and correctable), the problems
// found with that mapping (line, column, reason), and the choice to import everything,
// only the valid rows, or nothing. The import itself is one undoable command.
class RiskImportDialog : public QDialog
{
    Q_OBJECT

public:
    RiskImportDialog(Document *document, RiskCsv::Kind kind, const QString &path, QWidget *parent = nullptr);

    // For tests and the caller: the result of the current mapping.
    const RiskCsv::Result &result() const { return m_result; }
    QList<int> mapping() const { return m_mapping; }
    void setMapping(int column, int field);
    // Imports the valid rows; returns false when nothing was imported.
    bool importRows();

private:
    void check();

    Document *m_document;
    RiskCsv::Kind m_kind;
    QString m_path;
    CsvTable m_table;
    QString m_parseError;
    QList<int> m_mapping;
    RiskCsv::Result m_result;
    QTableWidget *m_columns;
    QLabel *m_summary;
    QPlainTextEdit *m_problems;
    QPushButton *m_importAll;
    QPushButton *m_importValid;
};

} // namespace rampart
