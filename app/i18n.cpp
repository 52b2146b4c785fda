#include "app/i18n.h"

#include <QCoreApplication>
#include <QLibraryInfo>

namespace inferscope::app {

QList<QPair<QString, QString>> availableLanguages()
{
    return {{QStringLiteral("en"), QStringLiteral("English")}, {QStringLiteral("zh_CN"), QStringLiteral("简体中文")}};
}

QString Translations::bestMatch(const QLocale &locale)
{
    return locale.language() == QLocale::Chinese ? QStringLiteral("zh_CN") : QStringLiteral("en");
}

QString Translations::install(const QString &localeName)
{
    if (m_app)
        QCoreApplication::removeTranslator(m_app.get());
    if (m_qt)
        QCoreApplication::removeTranslator(m_qt.get());
    m_app.reset();
    m_qt.reset();
    const bool chinese = localeName == QLatin1String("zh_CN");
    m_current = chinese ? localeName : QStringLiteral("en");
    QLocale::setDefault(chinese ? QLocale(QLocale::Chinese, QLocale::China)
                                : QLocale(QLocale::English, QLocale::UnitedStates));
    // Embedded by qt_add_translations under :/i18n. English is loaded too: it holds the plural forms
    // ("1 run", "2 runs") that the source texts can only write as "run(s)".
    auto app = std::make_unique<QTranslator>();
    if (app->load(QStringLiteral(":/i18n/inferscope_%1.qm").arg(m_current))) {
        QCoreApplication::installTranslator(app.get());
        m_app = std::move(app);
    }
    if (chinese && !m_app) { // a build without its Chinese catalogue: say so by staying English
        m_current = QStringLiteral("en");
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    }
    if (m_current != QLatin1String("zh_CN"))
        return m_current;
    // Qt's own strings (standard buttons, file dialogs), when qt6-translations-l10n is installed.
    auto qt = std::make_unique<QTranslator>();
    if (qt->load(QStringLiteral("qtbase_zh_CN"), QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QCoreApplication::installTranslator(qt.get());
        m_qt = std::move(qt);
    }
    return m_current;
}

} // namespace inferscope::app
