#pragma once
// Runs: the plan that is executing, live. Until a plan runs it says what will appear here.

#include <QWidget>

class QLabel;

namespace inferscope::app {

class RunsPage : public QWidget {
    Q_OBJECT
public:
    explicit RunsPage(QWidget *parent = nullptr);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    QLabel *m_empty;
};

} // namespace inferscope::app
