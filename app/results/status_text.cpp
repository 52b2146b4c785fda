#include "app/results/status_text.h"

#include <QCoreApplication>

namespace inferscope::app {

QString statusText(const std::string &status)
{
    struct Word {
        const char *status;
        const char *text;
    };
    static const Word words[] = {
        {"ok", QT_TRANSLATE_NOOP("RunStatus", "ok")},
        {"failed", QT_TRANSLATE_NOOP("RunStatus", "failed")},
        {"unsupported", QT_TRANSLATE_NOOP("RunStatus", "unsupported")},
        {"cancelled", QT_TRANSLATE_NOOP("RunStatus", "cancelled")},
        {"running", QT_TRANSLATE_NOOP("RunStatus", "running")},
        {"unknown", QT_TRANSLATE_NOOP("RunStatus", "unknown")},
    };
    for (const Word &w : words)
        if (status == w.status)
            return QCoreApplication::translate("RunStatus", w.text);
    return QString::fromStdString(status);
}

} // namespace inferscope::app
