#pragma once

#include <QWidget>

class QLabel;
class QPushButton;
class QTabWidget;
class QTextBrowser;
class QTimer;

namespace rampart {

class Document;
class RegisterForm;
class RegisterPanel;

// Clause 9.3: the management reviews above; below, for the chosen review, one tab per
// input a) to g) with what Rampart assembled from the file beside the minutes, and a
// tab with the decisions and actions. The pack prints the same.
class ReviewPage : public QWidget
{
    Q_OBJECT

public:
    explicit ReviewPage(Document *document, QWidget *parent = nullptr);

    RegisterPanel *reviews() const { return m_reviews; }
    RegisterPanel *actions() const { return m_actions; }
    QTabWidget *inputTabs() const { return m_tabs; }
    QString assembledText(int input) const;
    bool exportPack(const QString &path);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void reviewChosen(qint64 id);
    void refreshInputs();

    Document *m_document;
    RegisterPanel *m_reviews;
    RegisterPanel *m_actions;
    QTabWidget *m_tabs;
    QList<QTextBrowser *> m_assembled;
    QList<RegisterForm *> m_minutes;
    QLabel *m_period;
    QPushButton *m_export;
    QTimer *m_refresh;
    bool m_stale = true;
};

} // namespace rampart
