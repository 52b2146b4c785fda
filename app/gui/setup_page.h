#pragma once
// Setup: what this machine and this installation offer an experiment: CPU (SIMD width decides much of
// the browser-vs-native gap), cores, memory, and the runtimes the project installed.

#include <QWidget>

class QFormLayout;
class QGroupBox;
class QLabel;
class QTableWidget;

namespace inferscope::app {

class SetupPage : public QWidget {
    Q_OBJECT
public:
    explicit SetupPage(QWidget *parent = nullptr);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void fillZoo();
    void detectBrowsersInBackground();
    QLabel *m_intro;
    QGroupBox *m_machineBox;
    QFormLayout *m_machine;
    QGroupBox *m_componentsBox;
    QFormLayout *m_components;
    QGroupBox *m_browsersBox;
    QTableWidget *m_browsers;
    QGroupBox *m_zooBox;
    QLabel *m_zooStatus;
    QTableWidget *m_zoo;
};

} // namespace inferscope::app
