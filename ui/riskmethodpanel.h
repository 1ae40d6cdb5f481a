#pragma once

#include <QWidget>

class QComboBox;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;
class QTableView;
class QTimer;

namespace rampart {

class Document;
class RiskLevelModel;
class RiskMatrixModel;
class RiskScaleModel;

// The Method tab (6.1.2): the likelihood and impact scales, the risk levels and the
// matrix, the acceptance threshold and criteria, the review interval. Every change
// replaces the method in one undoable command and re-rates every risk.
class RiskMethodPanel : public QWidget
{
    Q_OBJECT

public:
    explicit RiskMethodPanel(Document *document, QWidget *parent = nullptr);

    void commitPendingEdits();

private:
    void refresh();
    void submitCriteria();
    QWidget *scaleBox(RiskScaleModel *model, QSpinBox *count, const QString &title);

    Document *m_document;
    RiskScaleModel *m_likelihood;
    RiskScaleModel *m_impact;
    RiskLevelModel *m_levels;
    RiskMatrixModel *m_matrix;
    QSpinBox *m_likelihoodCount;
    QSpinBox *m_impactCount;
    QTableView *m_levelView;
    QTableView *m_matrixView;
    QComboBox *m_threshold;
    QPlainTextEdit *m_criteria;
    QSpinBox *m_review;
    QTimer *m_criteriaTimer;
    QPushButton *m_removeLevel;
    QPushButton *m_up;
    QPushButton *m_down;
};

} // namespace rampart
