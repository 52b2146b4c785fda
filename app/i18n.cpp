#include "app/i18n.h"

#include <QCoreApplication>
#include <QLibraryInfo>

namespace inferscope::app {

QList<QPair<QString, QString>> availableLanguages()
{
    return {{QStringLiteral("en"), QStringLiteral("English")},
            {QStringLiteral("zh_CN"), QStringLiteral("简体中文")}};
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
    m_current = QStringLiteral("en");
    if (localeName != QLatin1String("zh_CN")) {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        return m_current;
    }
    auto app = std::make_unique<QTranslator>();
    // Embedded by qt_add_translations under :/i18n.
    if (!app->load(QStringLiteral(":/i18n/inferscope_zh_CN.qm")))
        return m_current;
    QCoreApplication::installTranslator(app.get());
    m_app = std::move(app);
    // Qt's own strings (standard buttons, file dialogs), when qt6-translations-l10n is installed.
    auto qt = std::make_unique<QTranslator>();
    if (qt->load(QStringLiteral("qtbase_zh_CN"), QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QCoreApplication::installTranslator(qt.get());
        m_qt = std::move(qt);
    }
    QLocale::setDefault(QLocale(QLocale::Chinese, QLocale::China));
    m_current = localeName;
    return m_current;
}

} // namespace inferscope::app
