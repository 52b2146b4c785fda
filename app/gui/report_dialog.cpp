#include "app/gui/report_dialog.h"

#include "app/gui/job_progress.h"
#include "app/report/report_writer.h"
#include "core/results/study.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileDialog>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QUrl>
#include <QVBoxLayout>
#include <QWebEngineView>
#include <QtConcurrent/QtConcurrentRun>

namespace inferscope::app {

ReportDialog::ReportDialog(std::shared_ptr<const results::BundleView> view, QWidget *parent)
    : QDialog(parent), m_view(std::move(view)), m_progress(new JobProgress(this)), m_status(new QLabel(this)),
      m_web(new QWebEngineView(this)), m_save(new QPushButton(tr("Save report…"), this))
{
    setWindowTitle(tr("Report"));
    resize(1100, 800);
    m_save->setEnabled(false);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_save, QDialogButtonBox::ActionRole);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_progress);
    layout->addWidget(m_status);
    layout->addWidget(m_web, 1);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_save, &QPushButton::clicked, this, &ReportDialog::save);
    connect(&m_watcher, &QFutureWatcher<results::StudyReport>::finished, this, &ReportDialog::onComputed);

    m_status->setText(tr("Computing the report (confidence intervals of every cell)…"));
    m_progress->start(tr("Computing the report"));
    m_watcher.setFuture(QtConcurrent::run([bundle = m_view] { return results::studyReport(*bundle); }));
}

ReportDialog::~ReportDialog()
{
    m_watcher.waitForFinished();
}

QString ReportDialog::reportDir() const
{
    return m_ready ? m_dir.path() : QString();
}

void ReportDialog::onComputed()
{
    m_progress->finish();
    try {
        // The figures are drawn by chart widgets: this part belongs on the GUI thread (a few plots).
        writeReportFiles(m_watcher.result(), m_dir.path(), m_view.get());
    } catch (const std::exception &e) {
        m_status->setText(tr("Cannot write the report: %1").arg(QString::fromStdString(e.what())));
        return;
    }
    m_ready = true;
    m_status->setText(tr("Report of %1").arg(QString::fromStdString(m_view->directory.string())));
    const QString html = m_dir.filePath(QStringLiteral("report.html"));
    m_web->load(QUrl::fromLocalFile(html));
    m_save->setEnabled(true);
    Q_EMIT reportReady(html);
}

bool ReportDialog::saveTo(const QString &target, QString *error)
{
    QDirIterator it(m_dir.path(), QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString source = it.next();
        const QString destination = QDir(target).filePath(QDir(m_dir.path()).relativeFilePath(source));
        QDir().mkpath(QFileInfo(destination).absolutePath());
        QFile::remove(destination);
        if (!QFile::copy(source, destination)) {
            if (error)
                *error = tr("Cannot write %1.").arg(destination);
            return false;
        }
    }
    return true;
}

void ReportDialog::save()
{
    const QString target = QFileDialog::getExistingDirectory(this, tr("Save the report in"));
    if (target.isEmpty())
        return;
    QString error;
    if (!saveTo(target, &error))
        QMessageBox::warning(this, tr("Save report"), error);
    else
        m_status->setText(tr("Saved to %1").arg(target));
}

} // namespace inferscope::app
