#pragma once
// Progress of one background job: a bar, an estimate of the time left that improves as the job goes,
// and a Cancel button. Every long job in the GUI shows one.

#include <QElapsedTimer>
#include <QWidget>

class QLabel;
class QProgressBar;
class QPushButton;

namespace inferscope::app {

class JobProgress : public QWidget {
    Q_OBJECT
public:
    explicit JobProgress(QWidget *parent = nullptr);

    void start(const QString &what);
    void setProgress(qint64 done, qint64 total, double secondsLeft = -1);
    void finish();

Q_SIGNALS:
    void cancelRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    QLabel *m_label;
    QProgressBar *m_bar;
    QLabel *m_eta;
    QPushButton *m_cancel;
    QElapsedTimer m_clock;
    QString m_what;
};

} // namespace inferscope::app
