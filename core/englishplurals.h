#pragma once

#include <QTranslator>

namespace rampart {

// Source texts are English and count things with Qt's %n: "%n exclusion(s)". Qt
// resolves such plural forms only through a translation, and there is none for
// English, so without this "1 exclusion(s)" reached the screen. This translator
// turns "(s)", "(es)" and "(ies)" into the right English form for the count. It is
// installed before the user's language, so a real translation still wins.
class EnglishPlurals : public QTranslator
{
    Q_OBJECT

public:
    using QTranslator::QTranslator;

    QString translate(const char *context, const char *sourceText, const char *disambiguation = nullptr,
                      int n = -1) const override;
    bool isEmpty() const override { return false; }

    static QString resolve(const QString &text, int n);
};

} // namespace rampart
