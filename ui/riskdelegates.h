#pragma once

#include "domain/riskmethod.h"

#include <QStyledItemDelegate>
#include <QStringList>

#include <functional>

namespace rampart {

class Document;

// Delegates of the risk area. They create editors and hand the value to setData;
// the model takes it the one way of an edit.

// A value on a scale of the method: a combo box of "3 Medium" entries, each with the
// colour of the level it would give together with the partner value (the impact for a
// likelihood, and so on), or of its own diagonal cell when there is no partner.
class ScaleDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    // partnerColumn: the column holding the other axis' value in the same row; -1 none.
    ScaleDelegate(Document *document, RiskMethod::Axis axis, int partnerColumn, QObject *parent = nullptr);

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    void setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const override;
    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;

private:
    QColor colourFor(int value, const QModelIndex &index) const;

    Document *m_document;
    RiskMethod::Axis m_axis;
    int m_partnerColumn;
};

// One of a fixed list of keys, shown by their labels (treatment, status, type).
class ChoiceDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    ChoiceDelegate(const QStringList &keys, std::function<QString(const QString &)> label, bool allowEmpty,
                   QObject *parent = nullptr);

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    void setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const override;

private:
    QStringList m_keys;
    std::function<QString(const QString &)> m_label;
    bool m_allowEmpty;
};

// A date (YYYY-MM-DD) with a calendar; "no date" is a choice too.
class DateDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    void setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const override;
};

// Several of a list of choices (assets, Annex A controls, C/I/A): a line to type
// references into, and a button that opens a check list with a search box.
class MultiSelectDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    struct Choice
    {
        QString key;    // what the model takes ("A-001", "5.15", "C")
        QString label;  // what people read ("A-001 Customer data")
    };
    // choices is asked for when an editor opens, so it is always current.
    MultiSelectDelegate(std::function<QList<Choice>()> choices, const QString &title, QObject *parent = nullptr);

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    void setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const override;

private:
    std::function<QList<Choice>()> m_choices;
    QString m_title;
};

// Multi-line text in a table cell.
class TextDelegate : public QStyledItemDelegate
{
    Q_OBJECT

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};

// The check list behind MultiSelectDelegate: usable on its own (the detail pane).
// Returns false when cancelled.
bool chooseMany(QWidget *parent, const QString &title, const QList<MultiSelectDelegate::Choice> &choices,
                QStringList *selected);

} // namespace rampart
