#include "core/process/child_process.h"
#include "core/process/private_dir.h"
#include "core/process/process_memory.h"
#include <QDir>
#include <QProcess>
#include <QTemporaryDir>

#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QThread>
#include <gtest/gtest.h>
#include <unistd.h>

using namespace inferscope::process;

TEST(ChildProcess, DeliversStdoutLinesAndExitCode)
{
    QList<QByteArray> lines;
    ChildOptions options;
    options.onStdoutLine = [&](const QByteArray &line) { lines << line; };
    const auto r =
        runChild(QStringLiteral("sh"),
                 {QStringLiteral("-c"), QStringLiteral("echo one; echo two >&2; echo three; exit 4")}, options);
    EXPECT_TRUE(r.started);
    EXPECT_EQ(4, r.exitCode);
    EXPECT_FALSE(r.ok());
    EXPECT_EQ((QList<QByteArray>{"one", "three"}), lines);
    EXPECT_TRUE(r.stderrTail.contains("two"));
    EXPECT_TRUE(r.errorText.contains(QStringLiteral("code 4")));
}

TEST(ChildProcess, TimeoutKillsTheWholeProcessGroup)
{
    // The child starts a grandchild that would outlive it; the timeout must end both.
    QByteArray grandchild;
    ChildOptions options;
    options.timeoutMs = 500;
    options.onStdoutLine = [&](const QByteArray &line) { grandchild = line; };
    const auto r =
        runChild(QStringLiteral("sh"), {QStringLiteral("-c"), QStringLiteral("sleep 30 & echo $!; wait")}, options);
    EXPECT_TRUE(r.timedOut);
    EXPECT_FALSE(r.ok());
    ASSERT_FALSE(grandchild.isEmpty());
    // Gone, or a zombie waiting for init to reap it: either way it no longer runs. The kernel delivers the
    // group's SIGKILL asynchronously: wait for that (up to 20 s on a slow machine), not for a guessed delay.
    auto stateOf = [&grandchild] {
        QFile stat(QStringLiteral("/proc/%1/stat").arg(QString::fromLatin1(grandchild)));
        const QByteArray text = stat.open(QIODevice::ReadOnly) ? stat.readAll() : QByteArray();
        return text.isEmpty() ? QByteArray("gone") : text.mid(text.lastIndexOf(')') + 2, 1);
    };
    QByteArray state = stateOf();
    QElapsedTimer waited;
    waited.start();
    while (state != "gone" && state != "Z" && waited.elapsed() < 20000) {
        QThread::yieldCurrentThread();
        state = stateOf();
    }
    EXPECT_TRUE(state == "gone" || state == "Z")
        << "grandchild " << grandchild.toStdString() << " is in state " << state.toStdString();
}

TEST(ChildProcess, ACrashIsReportedAsOne)
{
    const auto r = runChild(QStringLiteral("sh"), {QStringLiteral("-c"), QStringLiteral("kill -SEGV $$")});
    EXPECT_TRUE(r.crashed);
    EXPECT_TRUE(r.errorText.contains(QStringLiteral("crashed")));
}

TEST(ChildProcess, PrivateHomeAndMissingProgram)
{
    QByteArray home;
    ChildOptions options;
    options.onStdoutLine = [&](const QByteArray &line) { home = line; };
    runChild(QStringLiteral("sh"), {QStringLiteral("-c"), QStringLiteral("echo $HOME")}, options);
    EXPECT_TRUE(home.contains("inferscope-child-")) << home.toStdString();
    EXPECT_FALSE(QFileInfo::exists(QString::fromLatin1(home))); // removed afterwards
    const auto r = runChild(QStringLiteral("/nonexistent/program"), {});
    EXPECT_FALSE(r.started);
    EXPECT_TRUE(r.errorText.contains(QStringLiteral("cannot start")));
}

TEST(ProcessMemory, ReadsThisProcessAndItsChildren)
{
    const auto self = readProcessTreeMemory(::getpid());
    EXPECT_GE(self.processes, 1);
    EXPECT_GT(self.pssBytes, 0);
    EXPECT_GE(self.rssBytes, self.pssBytes);
    EXPECT_EQ(0, readProcessTreeMemory(999999999).processes);
}

TEST(PrivateDir, StaleFoldersOfDeadOwnersAreRemovedAndOthersKept)
{
    QTemporaryDir temp;
    auto make = [&](const QString &name, const QByteArray &owner) {
        QDir().mkpath(temp.filePath(name));
        if (!owner.isNull()) {
            QFile f(temp.filePath(name + QStringLiteral("/.inferscope-owner")));
            f.open(QIODevice::WriteOnly);
            f.write(owner);
        }
    };
    // A pid that surely ran and ended: a child we waited for.
    QProcess done;
    done.start(QStringLiteral("true"));
    ASSERT_TRUE(done.waitForFinished(30000));
    const qint64 deadPid = done.processId() > 0 ? done.processId() : 999999;
    const auto live = inferscope::process::makePrivateDir(QStringLiteral("test")); // our own, live owner
    ASSERT_TRUE(live->isValid());
    QFile ours(live->filePath(QStringLiteral(".inferscope-owner")));
    ASSERT_TRUE(ours.open(QIODevice::ReadOnly));
    make(QStringLiteral("inferscope-child-aaaaaa"), QByteArray::number(deadPid) + " 12345\n");
    make(QStringLiteral("inferscope-chromium-bbbbbb"),
         QByteArray::number(::getpid()) + " 1\n");                   // our pid, another start time: reused
    make(QStringLiteral("inferscope-child-cccccc"), ours.readAll()); // alive
    make(QStringLiteral("inferscope-child-dddddd"), QByteArray());   // no owner record: left alone
    make(QStringLiteral("unrelated-eeeeee"), QByteArray::number(deadPid) + " 1\n");
    EXPECT_EQ(2, inferscope::process::removeStalePrivateDirs(temp.path()));
    EXPECT_FALSE(QDir(temp.filePath(QStringLiteral("inferscope-child-aaaaaa"))).exists());
    EXPECT_FALSE(QDir(temp.filePath(QStringLiteral("inferscope-chromium-bbbbbb"))).exists());
    EXPECT_TRUE(QDir(temp.filePath(QStringLiteral("inferscope-child-cccccc"))).exists());
    EXPECT_TRUE(QDir(temp.filePath(QStringLiteral("inferscope-child-dddddd"))).exists());
    EXPECT_TRUE(QDir(temp.filePath(QStringLiteral("unrelated-eeeeee"))).exists());
}
