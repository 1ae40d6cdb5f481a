#pragma once

#include <QHash>
#include <QList>
#include <QWidget>

class QFormLayout;
class QTimer;

namespace rampart {

class RegisterModel;
struct Change;

// A form for one record of a register, built from its RegisterSpec: a line for text,
// a box for paragraphs, a date field, a list of choices, a pick list of linked rows, a
// set of codes. Every edit is written with model->setData (the one way of an edit);
// text is written after a short pause in typing and when the field is left. The form
// follows the model, so undo shows at once, without moving the cursor of the person
// typing.
class RegisterForm : public QWidget
{
    Q_OBJECT

public:
    // fields: which fields to show, in order (empty: every field but the parent).
    explicit RegisterForm(RegisterModel *model, const QList<int> &fields = {}, QWidget *parent = nullptr);

    void setRecord(qint64 id);  // 0 shows nothing
    qint64 record() const { return m_id; }
    QWidget *editor(int field) const { return m_editors.value(field); }
    // Puts the cursor in a field with its text selected (after Add).
    void focusField(int field);
    // Writes what is typed but not yet written (before the record or the file changes).
    void commitPending();
    // Lines a paragraph field shows (minutes want more room than a note).
    void setTextLines(int field, int lines);
    // What a choice field offers for "not set" (the checklist: Rampart's assessment).
    void setUnsetText(int field, const QString &text);

private:
    QWidget *createEditor(int field);
    void load(int field);
    void loadAll();
    void commit(int field, const QVariant &value);
    void commitEditor(int field);
    void scheduleCommit(int field);
    void fillLinkChoices(int field);
    void fillCodeChoices(int field);
    void onDocumentChanged(const Change &change);
    bool eventFilter(QObject *watched, QEvent *event) override;

    RegisterModel *m_model;
    QList<int> m_fields;
    qint64 m_id = 0;
    QHash<int, QWidget *> m_editors;
    QFormLayout *m_form;
    QTimer *m_timer;
    int m_pending = -1;
    bool m_loading = false;
};

} // namespace rampart
