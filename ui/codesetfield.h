#pragma once

#include <QStringList>
#include <QWidget>

#include <utility>
#include <vector>

class QLineEdit;
class QToolButton;

namespace rampart {

// A set of codes (clauses, Annex A controls, document references): typed as a list
// ("5.2, 7.5") or picked from a checkable, searchable list of the choices.
class CodeSetField : public QWidget
{
    Q_OBJECT

public:
    explicit CodeSetField(QWidget *parent = nullptr);

    // code, title
    void setChoices(const std::vector<std::pair<QString, QString>> &choices);
    QStringList codes() const;
    void setCodes(const QStringList &codes);
    void setReadOnly(bool readOnly);
    QLineEdit *lineEdit() const { return m_edit; }

    static QStringList parse(const QString &text);

Q_SIGNALS:
    void codesEdited(const QStringList &codes);

private:
    void showPicker();

    QLineEdit *m_edit;
    QToolButton *m_pick;
    std::vector<std::pair<QString, QString>> m_choices;
};

} // namespace rampart
