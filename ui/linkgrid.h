#pragma once

#include <QColor>
#include <QString>
#include <QWidget>

#include <memory>
#include <vector>

class QTextLayout;

namespace rampart {

// Rows of short plain texts in aligned columns, some of them links, laid out and painted
// by one widget. A card of a few dozen figures built from QLabels in a grid cost most of
// the Overview's first showing: every word-wrapped label shaped its text again for each
// width the layouts asked about, and once more to paint. Here each text is shaped once;
// wrapping at another width only moves its words.
//
// Every column but one is as wide as its widest text; the wrapping column takes the rest
// and breaks its texts between words (and where a text has a line break). A click on a link cell emits linkActivated, as a
// QLabel's link does; a cell's tooltip shows over it.
class LinkGrid : public QWidget
{
    Q_OBJECT

public:
    struct Cell
    {
        QString text;
        QColor colour;  // invalid: the palette's text colour
        bool bold = false;
        bool underline = false;
        QString link;  // what a click asks for; empty: not a link
        QString toolTip;
        Qt::Alignment alignment = Qt::AlignLeft;
    };

    LinkGrid(int columns, int wrappingColumn, QWidget *parent = nullptr);
    ~LinkGrid() override;

    void setSpacing(int horizontal, int vertical);
    void clear();
    void addRow(std::vector<Cell> cells);
    // For a one-column grid: its only row is TEXT, a wrapped paragraph.
    void setParagraph(const QString &text, const QColor &colour = {});

    int rowCount() const;
    QString text(int row, int column) const;
    QString link(int row, int column) const;
    QString toolTip(int row, int column) const;
    // Where a cell is painted at the widget's current width; for tests and tooltips.
    QRect cellRect(int row, int column) const;

    bool hasHeightForWidth() const override;
    int heightForWidth(int width) const override;
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

Q_SIGNALS:
    void linkActivated(const QString &link);

protected:
    bool event(QEvent *event) override;
    void changeEvent(QEvent *event) override;
    void paintEvent(QPaintEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void leaveEvent(QEvent *event) override;

private:
    struct Item;
    struct Geometry
    {
        int width = -1;
        std::vector<qreal> columnX;
        std::vector<qreal> columnWidth;
        std::vector<qreal> rowY;
        std::vector<qreal> rowHeight;
        qreal height = 0;
    };

    void measure() const;
    const Geometry &geometryFor(int width) const;
    std::pair<int, int> cellAt(const QPoint &pos) const;
    void updateAccessibleText();

    int m_columns;
    int m_wrappingColumn;
    int m_horizontalSpacing = 12;
    int m_verticalSpacing = 4;
    std::vector<std::vector<std::unique_ptr<Item>>> m_rows;
    mutable bool m_measured = false;
    mutable std::vector<qreal> m_fixedWidth;  // per column: its widest text
    mutable qreal m_lineHeight = 0;
    mutable Geometry m_geometry;
    std::pair<int, int> m_pressed{-1, -1};
    std::pair<int, int> m_hovered{-1, -1};
};

} // namespace rampart
