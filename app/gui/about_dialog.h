#pragma once

#include <QDialog>

class QLabel;
class QTreeWidget;

namespace inferscope::app {

/// Versions of InferScope and everything it measures with: a bug report starts here.
class AboutDialog : public QDialog {
    Q_OBJECT
public:
    explicit AboutDialog(QWidget *parent = nullptr);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    QLabel *m_text;
    QTreeWidget *m_versions;
};

} // namespace inferscope::app
