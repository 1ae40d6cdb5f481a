#pragma once

#include <QWidget>

class QTabWidget;
class QVBoxLayout;

namespace rampart {

// An area of the sidebar made of tabs, one per register or view. Each tab has a key
// (its object name) so that "objectives.measurements" opens the right one.
class AreaPage : public QWidget
{
    Q_OBJECT

public:
    AreaPage(const QString &title, const QString &note, QWidget *parent = nullptr);

    void addTab(QWidget *page, const QString &key, const QString &title);
    // Shows the tab with this key; false when there is none.
    bool showSection(const QString &key);
    QTabWidget *tabs() const { return m_tabs; }
    // Room above the tabs for a card or a button row.
    QVBoxLayout *headerLayout() const { return m_header; }

private:
    QTabWidget *m_tabs;
    QVBoxLayout *m_header;
};

} // namespace rampart
