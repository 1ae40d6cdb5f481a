#include "approvesoadialog.h"

#include "document.h"
#include "documentsummary.h"
#include "widgets.h"

#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace rampart {

ApproveSoaDialog::ApproveSoaDialog(Document *document, QWidget *parent)
    : QDialog(parent)
    , m_approver(new QLineEdit)
    , m_date(new QDateEdit(QDate::currentDate()))
    , m_note(new QPlainTextEdit)
{
    setWindowTitle(tr("Approve this SoA"));
    const DocumentSummary s = DocumentSummary::of(*document);
    auto *layout = new QVBoxLayout(this);
    QString text = tr("Approving freezes the SoA as it is now, every one of its %1 rows, as version %2. Later "
                      "changes are compared with it; the approved version itself never changes.")
                       .arg(s.soaEntries)
                       .arg(s.soaLatestVersion + 1);
    if (s.soaFindings > 0)
        text += QLatin1Char(' ')
            + tr("The completeness check still lists %n finding(s); you can approve anyway, with a note.", nullptr,
                 s.soaFindings);
    layout->addWidget(widgets::note(text));
    auto *form = new QFormLayout;
    m_approver->setObjectName(QStringLiteral("approver"));
    m_approver->setPlaceholderText(tr("Name and role, as it should appear on the printed SoA"));
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_note->setPlaceholderText(tr("For example: approved at the management review of %1")
                                   .arg(QDate::currentDate().toString(Qt::ISODate)));
    m_note->setTabChangesFocus(true);
    m_note->setMaximumHeight(m_note->fontMetrics().lineSpacing() * 4 + 16);
    form->addRow(tr("Approved by"), m_approver);
    form->addRow(tr("Approved on"), m_date);
    form->addRow(tr("Note"), m_note);
    layout->addLayout(form);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_ok->setText(tr("Approve version %1").arg(s.soaLatestVersion + 1));
    m_ok->setEnabled(false);
    connect(m_approver, &QLineEdit::textChanged, this,
            [this](const QString &text) { m_ok->setEnabled(!text.trimmed().isEmpty()); });
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(520, sizeHint().height());
}

QString ApproveSoaDialog::approver() const
{
    return m_approver->text().trimmed();
}

QDate ApproveSoaDialog::approvedOn() const
{
    return m_date->date();
}

QString ApproveSoaDialog::note() const
{
    return m_note->toPlainText().trimmed();
}

} // namespace rampart
