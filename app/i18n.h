#pragma once
// Loading InferScope's and Qt's own translations. QtCore only, so the CLI and the GUI share it.

#include <QLocale>
#include <QObject>
#include <QString>
#include <QTranslator>
#include <memory>

namespace inferscope::app {

/// Languages the UI is translated into: (locale name, name in that language).
QList<QPair<QString, QString>> availableLanguages();

/// Owns the installed translators; installing a new language replaces the previous one, and Qt then
/// sends QEvent::LanguageChange to every widget, which retranslates itself: no restart needed.
class Translations {
public:
    /// Installs `localeName` ("en", "zh_CN"); any other name falls back to English. Returns the name
    /// actually installed.
    QString install(const QString &localeName);
    QString current() const { return m_current; }
    /// The best available language for a system locale ("zh_CN" for zh_TW/zh_HK/zh_SG too: Simplified
    /// Chinese reads better to them than English).
    static QString bestMatch(const QLocale &locale);

private:
    std::unique_ptr<QTranslator> m_app;
    std::unique_ptr<QTranslator> m_qt;
    QString m_current;
};

} // namespace inferscope::app
