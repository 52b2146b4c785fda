#pragma once
// Setup: what this machine and this installation offer an experiment: CPU (SIMD width decides much of
// the browser-vs-native gap), cores, memory, the runtimes the project installed, the browsers and, on
// request, what each browser offers (wasm SIMD and threads, WebGL renderer, WebGPU adapter, WebNN).

#include <QWidget>
#include <functional>
#include <memory>

class QFormLayout;
class QPushButton;
class QGroupBox;
class QLabel;
class QTableWidget;

namespace inferscope::engine {
class CapabilityProbe;
class HarnessServer;
} // namespace inferscope::engine

namespace inferscope::app {

class SetupPage : public QWidget {
    Q_OBJECT
public:
    explicit SetupPage(QWidget *parent = nullptr);
    ~SetupPage() override;
    /// Opens each available browser once on the capability page; the table fills in when all answered.
    void probeCapabilities();
    QTableWidget *browsersTable() const { return m_browsers; }
    /// Whether a plan is measuring now: then no browser is opened beside it (one browser at a time).
    void setMeasuringCheck(std::function<bool()> measuring) { m_measuring = std::move(measuring); }
    /// Import model…: the dialog; the zoo table shows the model once it is imported.
    void importModel();
    QTableWidget *zooTable() const { return m_zoo; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void fillZoo();
    void detectBrowsersInBackground();
    void showCapabilities();
    void fitBrowserColumns();
    QPushButton *m_probe = nullptr;
    QLabel *m_probeStatus = nullptr;
    std::unique_ptr<engine::HarnessServer> m_probeServer;
    std::unique_ptr<engine::CapabilityProbe> m_capabilityProbe;
    std::function<bool()> m_measuring;
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
    QPushButton *m_import = nullptr;
};

} // namespace inferscope::app
