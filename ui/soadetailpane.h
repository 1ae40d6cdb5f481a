#pragma once

#include <QWidget>

class QBoxLayout;
class QComboBox;
class QGridLayout;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QTimer;

namespace rampart {

class SoaModel;

// The long texts of one SoA row, where there is room to write them: why the control is
// included, the justification for excluding it, how it is implemented here and the
// documents and evidence; for an Annex A control also our description and audit
// question, for an own control its reference, title, theme and description. Text is
// written to the file after a pause in typing and when the field is left, through the
// model like any other edit.
class SoaDetailPane : public QWidget
{
    Q_OBJECT

public:
    explicit SoaDetailPane(SoaModel *model, QWidget *parent = nullptr);

    void setEntry(qint64 entryId);
    qint64 entryId() const { return m_entryId; }
    // Writes what is typed but not yet written.
    void commitPendingEdits();
    // Wide (below the table): the control's description beside the texts, the texts
    // two by two. Narrow (beside the table): everything in one column.
    void setSideBySide(bool on);

Q_SIGNALS:
    // A linked risk was clicked: the window shows it in the risk register.
    void openRisk(qint64 riskId);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void refresh();
    QPlainTextEdit *textEditor(int column, const QString &placeholder, int lines);

    SoaModel *m_model;
    qint64 m_entryId = 0;
    QTimer *m_submitTimer;
    QWidget *m_content;
    QLabel *m_empty;
    QLabel *m_heading;
    QLabel *m_meta;
    QLabel *m_about;
    QLabel *m_risks;
    QWidget *m_ownBox;
    QLineEdit *m_reference;
    QLineEdit *m_title;
    QComboBox *m_theme;
    QPlainTextEdit *m_ownDescription;
    QLabel *m_justificationLabel;
    QList<QPair<QPlainTextEdit *, int>> m_texts;  // editor, SoaModel column
    QBoxLayout *m_columns = nullptr;
    QGridLayout *m_textGrid = nullptr;
    QList<QWidget *> m_textBoxes;  // label and editor of each text
};

} // namespace rampart
