#include "app/gui/compare_page.h"

#include "core/analysis/descriptive.h"
#include "core/analysis/mann_whitney.h"

#include <algorithm>

#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLocale>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace inferscope::app {
namespace {
/// At most ~500 points of the empirical CDF (every k-th sorted sample, and the last).
widgets::DistributionView::Series ecdf(const std::vector<double> &samples)
{
    widgets::DistributionView::Series s;
    std::vector<double> sorted = samples;
    std::sort(sorted.begin(), sorted.end());
    const std::size_t n = sorted.size(), step = std::max<std::size_t>(1, n / 500);
    for (std::size_t i = 0; i < n; i += step)
        s.ecdf.push_back({sorted[i], static_cast<double>(i + 1) / static_cast<double>(n)});
    if (n > 0 && s.ecdf.back().y < 1.0)
        s.ecdf.push_back({sorted.back(), 1.0});
    s.median = analysis::median(sorted);
    return s;
}

Comparison compare(const results::RunSummary &a, const results::RunSummary &b)
{
    const auto ratio = analysis::bootstrapMedianRatioCi(a.steadySamples, b.steadySamples);
    const auto slower = analysis::mannWhitneyU(a.steadySamples, b.steadySamples, analysis::Alternative::Greater);
    const auto faster = analysis::mannWhitneyU(a.steadySamples, b.steadySamples, analysis::Alternative::Less);
    const QLocale locale;
    QString verdict;
    if (slower.pValue < 0.05 && !ratio.contains(1.0))
        verdict = ComparePage::tr("A is slower than B.");
    else if (faster.pValue < 0.05 && !ratio.contains(1.0))
        verdict = ComparePage::tr("A is faster than B.");
    else
        verdict = ComparePage::tr("No significant difference at the 5% level.");
    Comparison c;
    c.text = ComparePage::tr("<p><b>median(A) / median(B) = %1×</b>, 95% bootstrap CI [%2, %3]</p>"
                             "<p>Mann-Whitney U = %4; p(A slower than B) = %5, p(A faster than B) = %6; "
                             "P(A > B) = %7</p><p><b>%8</b></p>")
                 .arg(locale.toString(ratio.estimate, 'f', 3), locale.toString(ratio.low, 'f', 3),
                      locale.toString(ratio.high, 'f', 3), locale.toString(slower.u1, 'f', 1),
                      locale.toString(slower.pValue, 'g', 3), locale.toString(faster.pValue, 'g', 3),
                      locale.toString(slower.effect, 'f', 2), verdict);
    c.distributions.series = {ecdf(a.steadySamples), ecdf(b.steadySamples)};
    return c;
}
} // namespace

ComparePage::ComparePage(QWidget *parent)
    : QWidget(parent), m_intro(new QLabel(this)), m_labelA(new QLabel(this)), m_labelB(new QLabel(this)),
      m_a(new QComboBox(this)), m_b(new QComboBox(this)), m_result(new QLabel(this)), m_plot(new widgets::DistributionPlot(this))
{
    m_intro->setWordWrap(true);
    m_result->setWordWrap(true);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *form = new QFormLayout;
    form->addRow(m_labelA, m_a);
    form->addRow(m_labelB, m_b);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addLayout(form);
    layout->addWidget(m_result);
    layout->addWidget(m_plot, 1);
    connect(m_a, &QComboBox::currentIndexChanged, this, &ComparePage::recompute);
    connect(m_b, &QComboBox::currentIndexChanged, this, &ComparePage::recompute);
    connect(&m_watcher, &QFutureWatcher<Comparison>::finished, this,
            [this] {
                Comparison c = m_watcher.result();
                m_result->setText(c.text);
                if (c.distributions.series.size() == 2) {
                    c.distributions.series[0].name = tr("A: %1").arg(m_a->currentText().section(QStringLiteral(" — "), 0, 0));
                    c.distributions.series[1].name = tr("B: %1").arg(m_b->currentText().section(QStringLiteral(" — "), 0, 0));
                    m_plot->setView(c.distributions);
                }
            });
    retranslate();
}

ComparePage::~ComparePage()
{
    m_watcher.waitForFinished();
}

void ComparePage::setView(std::shared_ptr<const results::BundleView> view)
{
    m_view = std::move(view);
    const QSignalBlocker blockA(m_a), blockB(m_b);
    m_a->clear();
    m_b->clear();
    for (std::size_t i = 0; i < m_view->runs.size(); ++i) {
        const auto &r = m_view->runs[i];
        if (r.steadySamples.empty())
            continue; // failed runs have nothing to compare
        const QString text = QString::fromStdString(r.runId) + (r.label.empty() ? QString() : QStringLiteral(" — ") + QString::fromStdString(r.label));
        m_a->addItem(text, static_cast<int>(i));
        m_b->addItem(text, static_cast<int>(i));
    }
    if (m_b->count() > 1)
        m_b->setCurrentIndex(1);
    recompute();
}

void ComparePage::recompute()
{
    if (!m_view || m_a->count() < 2) {
        m_result->setText(m_view ? tr("This bundle has fewer than two runs with samples.") : QString());
        m_plot->clear();
        return;
    }
    const auto &a = m_view->runs[static_cast<std::size_t>(m_a->currentData().toInt())];
    const auto &b = m_view->runs[static_cast<std::size_t>(m_b->currentData().toInt())];
    m_result->setText(tr("Computing…"));
    // No wait for an older comparison: setFuture() detaches from it, and it finishes harmlessly on its
    // own copy of the shared view; the GUI thread never blocks on a bootstrap.
    auto view = m_view; // keeps the runs alive while the worker reads them
    m_watcher.setFuture(QtConcurrent::run([view, &a, &b] { return compare(a, b); }));
}

void ComparePage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
        recompute();
    }
    QWidget::changeEvent(event);
}

void ComparePage::retranslate()
{
    m_intro->setText(tr("Pick two runs of the open bundle. InferScope compares their steady-state samples: the ratio "
                        "of medians with a 95% bootstrap confidence interval, and a Mann-Whitney U test (no normality "
                        "assumed). Open a bundle on the Results page first."));
    m_labelA->setText(tr("Run A:"));
    m_labelB->setText(tr("Run B:"));
}

} // namespace inferscope::app
