#pragma once

#include <QStringList>
#include <QTextStream>

namespace inferscope::app {

struct BrowserInfo {
    QString id;      ///< the name plans use
    QString name;
    QString version; ///< empty: not available
    QString reason;  ///< why it is not available, or what it is used for
};

/// What this machine offers: the embedded QtWebEngine, Chromium, Firefox, chromedriver, Java (for Grid).
QList<BrowserInfo> detectBrowsers();

/// `inferscope browsers [--json]`.
int runBrowsers(const QStringList &arguments, QTextStream &out, QTextStream &err);

} // namespace inferscope::app
