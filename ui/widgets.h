#pragma once

#include <QFrame>
#include <QLabel>
#include <QString>

class QVBoxLayout;

namespace rampart::widgets {

// Small building blocks shared by the pages, so they look alike.
QLabel *pageTitle(const QString &text, QWidget *parent = nullptr);
QLabel *sectionTitle(const QString &text, QWidget *parent = nullptr);
// A wrapped paragraph of secondary text.
QLabel *note(const QString &text, QWidget *parent = nullptr);
// A framed panel with a vertical layout.
QFrame *card(QVBoxLayout **layout, QWidget *parent = nullptr);

} // namespace rampart::widgets
