#pragma once

#include <QHash>
#include <QWidget>

class QLabel;
class QTableView;

namespace rampart {

class ChangeLogModel;
class Document;
class LinkGrid;
struct DocumentSummary;

// The first screen of an open file: where the ISMS stands and which of the documented
// information clauses 4 to 10 require is there, in figures that come from
// DocumentSummary (the same ones `rampart-cli info` prints); the scope; the latest
// changes. Every figure opens the records behind it.
class OverviewPage : public QWidget
{
    Q_OBJECT

public:
    // READ: the figures as the file was just read (MainWindow::readFile), shown instead of
    // reading them again; null to read them here.
    explicit OverviewPage(Document *document, const DocumentSummary *read = nullptr, QWidget *parent = nullptr);

    // For tests: the figure shown for a key ("documents", "review", "risks", ...).
    QString figureText(const QString &key) const;
    QString documentedText(int number) const;
    // For tests: the centre of a figure's value, in this page's coordinates.
    QPoint figurePosition(const QString &key) const;

Q_SIGNALS:
    // Asks the main window to show an area ("context", "soa", "context.issues", ...).
    void areaRequested(const QString &area);

protected:
    void showEvent(QShowEvent *event) override;

private:
    enum class Tone { Normal, Good, Warn, Muted };
    void refresh();
    void showSummary(const DocumentSummary &s);
    void addFigure(const QString &key, const QString &label, const QString &value, const QString &area, Tone tone);
    void fillDocumented(const DocumentSummary &s);
    QLabel *link(const QString &text, const QString &area, Tone tone);
    QColor colour(Tone tone) const;
    QColor noteColour() const;

    Document *m_document;
    QLabel *m_title;
    LinkGrid *m_subtitle;
    LinkGrid *m_scope;
    LinkGrid *m_figures;
    QHash<QString, int> m_figureRows;  // key -> row of m_figures
    LinkGrid *m_documentedSummary;
    LinkGrid *m_documented;
    QHash<int, QString> m_documentedTexts;  // number -> "title: state"
    ChangeLogModel *m_changes;
    QTableView *m_changeView;
    bool m_stale = false;
};

} // namespace rampart
