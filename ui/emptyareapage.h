#pragma once

#include <QWidget>

namespace rampart {

// An ISMS area that this version of Rampart does not have yet. Says so plainly, and
// what will be there, rather than showing made-up content.
class EmptyAreaPage : public QWidget
{
    Q_OBJECT

public:
    EmptyAreaPage(const QString &title, const QString &clauses, const QString &whatWillBeHere,
                  QWidget *parent = nullptr);
};

} // namespace rampart
