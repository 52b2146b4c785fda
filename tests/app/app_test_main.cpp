// The app tests need one QApplication for the whole process (offscreen: no display).
#include <QApplication>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <gtest/gtest.h>

int main(int argc, char **argv)
{
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QStandardPaths::setTestModeEnabled(true); // QSettings go to a test location, never the user's
    QCoreApplication::setAttribute(Qt::AA_ShareOpenGLContexts);
    QCoreApplication::setAttribute(Qt::AA_DontUseNativeDialogs); // the tests answer Qt's own file dialogs
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("InferScopeTests"));
    QCoreApplication::setApplicationName(QStringLiteral("inferscope-tests"));
    // Settings of this process only: ctest runs every test as its own process, two at a time, and a test that reads
    // what it wrote (the recent bundles, a saved selection) must not see what a test beside it wrote meanwhile.
    QTemporaryDir settings;
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, settings.path());
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, settings.path());
    ::testing::InitGoogleTest(&argc, argv);
    return RUN_ALL_TESTS();
}
