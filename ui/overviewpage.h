#pragma once

#include <QWidget>

class QGridLayout;
class QLabel;
class QTableView;

namespace rampart {

class ChangeLogModel;
class Document;

// The first screen of an open file: where the ISMS stands, in figures that come
// from DocumentSummary (the same ones `rampart-cli info` prints).
class OverviewPage : public QWidget
{
    Q_OBJECT

public:
    explicit OverviewPage(Document *document, QWidget *parent = nullptr);

Q_SIGNALS:
    // Asks the main window to show an area ("context", "soa", ...).
    void areaRequested(const QString &area);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void refresh();
    void refreshSoon();

    Document *m_document;
    QLabel *m_title;
    QLabel *m_scope;
    QGridLayout *m_figures;
    ChangeLogModel *m_changes;
    QTableView *m_changeView;
    // The figures are counted when the page is seen: a large register makes them cost
    // a good fraction of a second, too much to pay on every edit elsewhere.
    bool m_stale = false;
};

} // namespace rampart
