#pragma once

#include <QWidget>

namespace rampart {

class Document;
class RegisterPanel;

// Clause 10: the continual improvement log (10.1), and a plain note that
// nonconformities and corrective actions (10.2) are not in this version yet.
class ImprovementPage : public QWidget
{
    Q_OBJECT

public:
    explicit ImprovementPage(Document *document, QWidget *parent = nullptr);
    RegisterPanel *log() const { return m_log; }

private:
    RegisterPanel *m_log;
};

} // namespace rampart
