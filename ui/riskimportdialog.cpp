#include "riskimportdialog.h"

#include "document.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace rampart {

RiskImportDialog::RiskImportDialog(Document *document, RiskCsv::Kind kind, const QString &path, QWidget *parent)
    : QDialog(parent)
    , m_document(document)
    , m_kind(kind)
    , m_path(path)
    , m_columns(new QTableWidget(this))
    , m_summary(new QLabel(this))
    , m_problems(new QPlainTextEdit(this))
    , m_importAll(new QPushButton(tr("Import"), this))
    , m_importValid(new QPushButton(this))
{
    setObjectName(QStringLiteral("riskImportDialog"));
    setWindowTitle(kind == RiskCsv::Kind::Risks ? tr("Import risks from %1").arg(QFileInfo(path).fileName())
                                                : tr("Import assets from %1").arg(QFileInfo(path).fileName()));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("Check which field each column of the file goes to. Columns were matched by their "
                                "headers; change any that are wrong, or choose \"not imported\". Values are matched to "
                                "the risk method by number or label; anything that matches nothing is listed below."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        m_parseError = tr("Unable to read %1: %2").arg(path, file.errorString());
    else if (!Csv::parse(&file, &m_table, &m_parseError))
        m_parseError = tr("%1: %2").arg(QFileInfo(path).fileName(), m_parseError);
    m_mapping = RiskCsv::guessMapping(kind, m_table.header);

    m_columns->setObjectName(QStringLiteral("importColumns"));
    m_columns->setColumnCount(3);
    m_columns->setHorizontalHeaderLabels({tr("Column in the file"), tr("First value"), tr("Imports as")});
    m_columns->setRowCount(int(m_table.header.size()));
    m_columns->verticalHeader()->hide();
    m_columns->horizontalHeader()->setStretchLastSection(true);
    m_columns->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_columns->setSelectionMode(QAbstractItemView::NoSelection);
    m_columns->setFocusPolicy(Qt::NoFocus);
    for (int i = 0; i < m_table.header.size(); ++i) {
        m_columns->setItem(i, 0, new QTableWidgetItem(m_table.header.at(i)));
        const QString example = m_table.rows.isEmpty() ? QString() : m_table.rows.first().value(i).simplified();
        m_columns->setItem(i, 1, new QTableWidgetItem(example.left(60)));
        auto *combo = new QComboBox;
        combo->addItem(RiskCsv::fieldLabel(kind, RiskCsv::Ignored), RiskCsv::Ignored);
        for (int f = 0; f < RiskCsv::fieldCount(kind); ++f)
            combo->addItem(RiskCsv::fieldLabel(kind, f), f);
        combo->addItem(RiskCsv::fieldLabel(kind, RiskCsv::Derived), RiskCsv::Derived);
        combo->setCurrentIndex(std::max(0, combo->findData(m_mapping.value(i))));
        connect(combo, &QComboBox::activated, this, [this, i, combo] {
            m_mapping[i] = combo->currentData().toInt();
            check();
        });
        m_columns->setCellWidget(i, 2, combo);
    }
    m_columns->resizeColumnsToContents();
    m_columns->setColumnWidth(1, 220);
    layout->addWidget(m_columns, 2);
    m_summary->setWordWrap(true);
    layout->addWidget(m_summary);
    m_problems->setObjectName(QStringLiteral("importProblems"));
    m_problems->setReadOnly(true);
    m_problems->setLineWrapMode(QPlainTextEdit::NoWrap);
    layout->addWidget(m_problems, 1);

    auto *buttons = new QDialogButtonBox(this);
    buttons->addButton(m_importAll, QDialogButtonBox::AcceptRole);
    buttons->addButton(m_importValid, QDialogButtonBox::AcceptRole);
    buttons->addButton(QDialogButtonBox::Cancel);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_importAll, &QPushButton::clicked, this, [this] {
        if (importRows())
            accept();
    });
    connect(m_importValid, &QPushButton::clicked, this, [this] {
        if (importRows())
            accept();
    });
    resize(760, 620);
    check();
}

void RiskImportDialog::setMapping(int column, int field)
{
    if (column < 0 || column >= m_mapping.size())
        return;
    m_mapping[column] = field;
    if (auto *combo = qobject_cast<QComboBox *>(m_columns->cellWidget(column, 2)))
        combo->setCurrentIndex(std::max(0, combo->findData(field)));
    check();
}

void RiskImportDialog::check()
{
    if (!m_parseError.isEmpty()) {
        m_result = {};
        m_summary->setText(tr("The file cannot be read, so nothing can be imported."));
        m_problems->setPlainText(m_parseError);
        m_importAll->setEnabled(false);
        m_importValid->hide();
        return;
    }
    m_result = RiskCsv::read(m_kind, m_table, m_mapping, *m_document);
    QStringList lines;
    for (const ImportProblem &p : m_result.problems)
        lines << p.toString();
    m_problems->setPlainText(lines.isEmpty() ? tr("No problems found.") : lines.join(QLatin1Char('\n')));
    const QString what = m_kind == RiskCsv::Kind::Risks ? tr("risks") : tr("assets");
    if (!m_result.hasProblems()) {
        m_summary->setText(tr("All %1 rows can be imported as %2.").arg(m_result.rows).arg(what));
    } else {
        const QString found = m_result.problems.size() == 1
            ? tr("1 problem found.")
            : tr("%1 problems found.").arg(m_result.problems.size());
        m_summary->setText(tr("%1 %2 of %3 rows are valid. Nothing is imported unless you choose to.")
                               .arg(found)
                               .arg(m_result.validRows)
                               .arg(m_result.rows));
    }
    m_importAll->setEnabled(!m_result.hasProblems() && m_result.validRows > 0 && !m_document->isReadOnly());
    m_importAll->setVisible(!m_result.hasProblems());
    m_importValid->setText(m_result.validRows == 1 ? tr("Import the valid row")
                                                   : tr("Import the %1 valid rows").arg(m_result.validRows));
    m_importValid->setVisible(m_result.hasProblems());
    m_importValid->setEnabled(m_result.validRows > 0 && !m_document->isReadOnly());
}

bool RiskImportDialog::importRows()
{
    if (m_result.validRows == 0)
        return false;
    const QString text = m_kind == RiskCsv::Kind::Risks
        ? tr("Import %1 risks from %2").arg(m_result.validRows).arg(QFileInfo(m_path).fileName())
        : tr("Import %1 assets from %2").arg(m_result.validRows).arg(QFileInfo(m_path).fileName());
    return m_document->importRegister(m_result.batch, text);
}

} // namespace rampart
