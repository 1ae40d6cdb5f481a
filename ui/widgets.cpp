#include "widgets.h"

#include <QEvent>
#include <QPalette>
#include <QVBoxLayout>

namespace rampart::widgets {

WrapLabel::WrapLabel(const QString &text, QWidget *parent)
    : QLabel(text, parent)
{
    setWordWrap(true);
}

WrapLabel::Key WrapLabel::key() const
{
    return {text(), textFormat(), wordWrap(), margin(), indent(), alignment(), contentsMargins()};
}

int WrapLabel::heightForWidth(int width) const
{
    Key now = key();
    if (!(now == m_key)) {
        m_key = std::move(now);
        m_answers.clear();
    }
    for (const Answer &answer : std::as_const(m_answers)) {
        if (answer.width == width)
            return answer.height;
    }
    const int height = QLabel::heightForWidth(width);
    if (m_answers.size() >= 8)
        m_answers.removeFirst();
    m_answers.append({width, height});
    return height;
}

void WrapLabel::changeEvent(QEvent *event)
{
    m_answers.clear();
    QLabel::changeEvent(event);
}

QLabel *pageTitle(const QString &text, QWidget *parent)
{
    auto *label = new WrapLabel(text, parent);
    QFont font = label->font();
    font.setPointSizeF(font.pointSizeF() * 1.6);
    font.setBold(true);
    label->setFont(font);
    return label;
}

QLabel *sectionTitle(const QString &text, QWidget *parent)
{
    auto *label = new WrapLabel(text, parent);
    QFont font = label->font();
    font.setPointSizeF(font.pointSizeF() * 1.2);
    font.setBold(true);
    label->setFont(font);
    return label;
}

QLabel *note(const QString &text, QWidget *parent)
{
    auto *label = new WrapLabel(text, parent);
    label->setTextFormat(Qt::PlainText);
    QPalette palette = label->palette();
    palette.setColor(QPalette::WindowText, palette.color(QPalette::PlaceholderText));
    label->setPalette(palette);
    return label;
}

QFrame *card(QVBoxLayout **layout, QWidget *parent)
{
    auto *frame = new QFrame(parent);
    frame->setFrameShape(QFrame::StyledPanel);
    frame->setAutoFillBackground(true);
    QPalette palette = frame->palette();
    palette.setColor(QPalette::Window, palette.color(QPalette::Base));
    frame->setPalette(palette);
    auto *l = new QVBoxLayout(frame);
    l->setContentsMargins(16, 12, 16, 12);
    *layout = l;
    return frame;
}

} // namespace rampart::widgets
