#include "welcomepage.h"

#include "settings.h"
#include "widgets.h"

#include <QDir>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace rampart {

WelcomePage::WelcomePage(QWidget *parent)
    : QWidget(parent)
    , m_recent(new QListWidget(this))
{
    setObjectName(QStringLiteral("welcomePage"));
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(48, 40, 48, 40);

    auto *column = new QVBoxLayout;
    column->setSpacing(12);
    column->addWidget(widgets::pageTitle(tr("Welcome to Rampart")));
    column->addWidget(widgets::note(
        tr("Rampart keeps an organisation's whole information security management system under "
           "ISO/IEC 27001:2022 in one file: context and scope, risks, the Statement of Applicability, "
           "audits and improvement. Everything stays on this computer and works offline.")));
    column->addSpacing(12);

    auto *buttons = new QHBoxLayout;
    auto *newButton = new QPushButton(tr("New ISMS file…"), this);
    newButton->setObjectName(QStringLiteral("newButton"));
    newButton->setDefault(true);
    auto *openButton = new QPushButton(tr("Open…"), this);
    openButton->setObjectName(QStringLiteral("openButton"));
    auto *sampleButton = new QPushButton(tr("Open the sample"), this);
    sampleButton->setObjectName(QStringLiteral("sampleButton"));
    sampleButton->setToolTip(tr("A complete example ISMS of a fictional 150-person software company"));
    for (QPushButton *b : {newButton, openButton, sampleButton}) {
        b->setMinimumHeight(36);
        b->setMinimumWidth(b->fontMetrics().horizontalAdvance(b->text()) + 48);
        buttons->addWidget(b);
    }
    buttons->addStretch();
    column->addLayout(buttons);
    column->addWidget(widgets::note(
        tr("New to Rampart? Open the sample to see a filled-in ISMS of Kestrel Cloudworks, a fictional "
           "software company. It is a copy of its own: change anything you like.")));
    column->addSpacing(16);

    column->addWidget(widgets::sectionTitle(tr("Recent files")));
    m_recent->setObjectName(QStringLiteral("recentFiles"));
    m_recent->setMaximumHeight(220);
    column->addWidget(m_recent);
    column->addStretch();

    auto *center = new QHBoxLayout;
    center->addStretch(1);
    auto *holder = new QWidget(this);
    holder->setLayout(column);
    holder->setMaximumWidth(760);
    center->addWidget(holder, 4);
    center->addStretch(1);
    outer->addLayout(center);

    connect(newButton, &QPushButton::clicked, this, &WelcomePage::newRequested);
    connect(openButton, &QPushButton::clicked, this, &WelcomePage::openRequested);
    connect(sampleButton, &QPushButton::clicked, this, &WelcomePage::sampleRequested);
    connect(m_recent, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
        Q_EMIT recentFileRequested(item->data(Qt::UserRole).toString());
    });
    refreshRecentFiles();
}

void WelcomePage::refreshRecentFiles()
{
    m_recent->clear();
    const QStringList files = settings::RecentFiles.get();
    for (const QString &path : files) {
        auto *item = new QListWidgetItem(
            QStringLiteral("%1\n%2").arg(QFileInfo(path).fileName(), QDir::toNativeSeparators(path)), m_recent);
        item->setData(Qt::UserRole, path);
        if (!QFileInfo::exists(path))
            item->setFlags(item->flags() & ~Qt::ItemIsEnabled);
    }
    if (files.isEmpty()) {
        auto *item = new QListWidgetItem(tr("No recent files yet."), m_recent);
        item->setFlags(Qt::NoItemFlags);
    }
}

} // namespace rampart
