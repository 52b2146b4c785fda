// The app tests need one QApplication for the whole process (offscreen: no display).
#include <QApplication>
#include <QStandardPaths>
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
    ::testing::InitGoogleTest(&argc, argv);
    return RUN_ALL_TESTS();
}
