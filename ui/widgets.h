#pragma once

#include <QFrame>
#include <QLabel>
#include <QString>

class QVBoxLayout;

namespace rampart::widgets {

// A QLabel that remembers the heights it gave for the last few widths. A word-wrapped
// QLabel lays its text out afresh for every heightForWidth question, and nested layouts
// (a scroll area around cards around grids) ask it a few dozen times for the same few
// widths before the page first shows.
class WrapLabel : public QLabel
{
public:
    explicit WrapLabel(const QString &text = {}, QWidget *parent = nullptr);
    int heightForWidth(int width) const override;

protected:
    void changeEvent(QEvent *event) override;

private:
    struct Answer
    {
        int width;
        int height;
    };
    // What the answers were for: QLabel's setters are not virtual, so a change is
    // noticed by comparing; font, style and palette changes arrive as change events.
    struct Key
    {
        QString text;
        Qt::TextFormat format = Qt::AutoText;
        bool wordWrap = false;
        int margin = 0;
        int indent = 0;
        Qt::Alignment alignment;
        QMargins contents;
        bool operator==(const Key &) const = default;
    };
    Key key() const;
    mutable Key m_key;
    mutable QList<Answer> m_answers;
};

// Small building blocks shared by the pages, so they look alike. Their labels wrap
// (WrapLabel).
QLabel *pageTitle(const QString &text, QWidget *parent = nullptr);
QLabel *sectionTitle(const QString &text, QWidget *parent = nullptr);
// A wrapped paragraph of secondary text.
QLabel *note(const QString &text, QWidget *parent = nullptr);
// A framed panel with a vertical layout.
QFrame *card(QVBoxLayout **layout, QWidget *parent = nullptr);

} // namespace rampart::widgets
