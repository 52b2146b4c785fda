#include "app/gui/compare_page.h"

#include "app/results/chart_views.h"

#include "core/analysis/descriptive.h"
#include "core/analysis/mann_whitney.h"
#include "core/results/baseline_comparison.h"
#include "widgets/forest_plot.h"

#include <algorithm>

#include <QComboBox>
#include <QEvent>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace inferscope::app {
namespace {
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
    c.distributions.series = {ecdfSeries(a.steadySamples), ecdfSeries(b.steadySamples)};
    return c;
}
} // namespace

ComparePage::ComparePage(QWidget *parent)
    : QWidget(parent), m_intro(new QLabel(this)), m_labelA(new QLabel(this)), m_labelB(new QLabel(this)),
      m_a(new QComboBox(this)), m_b(new QComboBox(this)), m_result(new QLabel(this)),
      m_plot(new widgets::DistributionPlot(this)), m_tabs(new QTabWidget(this)), m_baselineIntro(new QLabel(this)),
      m_baselineLabel(new QLabel(this)), m_baseline(new QComboBox(this)), m_secondButton(new QPushButton(this)),
      m_secondLabel(new QLabel(this)), m_table(new QTableWidget(this)), m_groups(new QLabel(this)),
      m_forest(new widgets::ForestPlot(this))
{
    m_intro->setWordWrap(true);
    m_result->setWordWrap(true);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *form = new QFormLayout;
    form->addRow(m_labelA, m_a);
    form->addRow(m_labelB, m_b);
    auto *pair = new QWidget(this);
    auto *layout = new QVBoxLayout(pair);
    layout->addWidget(m_intro);
    layout->addLayout(form);
    layout->addWidget(m_result);
    layout->addWidget(m_plot, 1);

    auto *against = new QWidget(this);
    m_baselineIntro->setWordWrap(true);
    m_groups->setWordWrap(true);
    m_groups->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_secondLabel->setWordWrap(true);
    m_table->setColumnCount(7);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch); // baselines are cell names too
    m_table->verticalHeader()->setVisible(false);
    auto *choose = new QHBoxLayout;
    choose->addWidget(m_baselineLabel);
    choose->addWidget(m_baseline, 1);
    choose->addWidget(m_secondButton);
    auto *split = new QSplitter(Qt::Vertical, against);
    split->addWidget(m_table);
    // Many cells (the anatomize plan has 84 against native) need one readable row each: the plot grows
    // taller than the pane and scrolls, instead of printing its labels on top of each other.
    m_forestScroll = new QScrollArea(against);
    m_forestScroll->setWidgetResizable(true);
    m_forestScroll->setFrameShape(QFrame::NoFrame);
    m_forestScroll->setWidget(m_forest);
    // Below the table: the forest plot of every row, or the ECDFs of the selected rows beside their
    // baselines (select rows in the table), on one latency axis.
    m_baselineCharts = new QTabWidget(against);
    m_baselineCharts->addTab(m_forestScroll, QString());
    m_rowDistributions = new widgets::DistributionPlot(against);
    m_baselineCharts->addTab(m_rowDistributions, QString());
    split->addWidget(m_baselineCharts);
    split->setStretchFactor(0, 2); // the table and the plot share the pane, the plot a little more
    split->setStretchFactor(1, 3);
    split->setSizes({200, 300});
    auto *againstLayout = new QVBoxLayout(against);
    againstLayout->addWidget(m_baselineIntro);
    againstLayout->addLayout(choose);
    againstLayout->addWidget(m_secondLabel);
    againstLayout->addWidget(split, 1);
    againstLayout->addWidget(m_groups);
    m_tabs->addTab(pair, QString());
    m_tabs->addTab(against, QString());
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(m_tabs);
    connect(m_baseline, &QComboBox::currentIndexChanged, this, &ComparePage::recomputeBaseline);
    connect(&m_baselineWatcher, &QFutureWatcher<BaselineOutcome>::finished, this,
            [this] { showBaseline(m_baselineWatcher.result()); });
    connect(m_secondButton, &QPushButton::clicked, this, [this] {
        if (m_after) { // the button clears a second bundle when one is open
            m_after.reset();
            retranslate();
            recomputeBaseline();
            return;
        }
        const QString dir = QFileDialog::getExistingDirectory(this, tr("Second bundle (after)"));
        if (!dir.isEmpty())
            setSecondBundle(dir);
    });
    connect(&m_secondWatcher, &QFutureWatcher<std::shared_ptr<const results::BundleView>>::finished, this, [this] {
        m_after = m_secondWatcher.result();
        if (!m_after)
            m_secondLabel->setText(tr("The second bundle could not be opened."));
        retranslate();
        recomputeBaseline();
    });
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &ComparePage::showSelectedDistributions);
    connect(&m_rowWatcher, &QFutureWatcher<widgets::DistributionView>::finished, this, [this] {
        const widgets::DistributionView view = m_rowWatcher.result();
        if (view.series.empty())
            m_rowDistributions->clear();
        else
            m_rowDistributions->setView(view);
    });
    connect(m_a, &QComboBox::currentIndexChanged, this, &ComparePage::recompute);
    connect(m_b, &QComboBox::currentIndexChanged, this, &ComparePage::recompute);
    connect(&m_watcher, &QFutureWatcher<Comparison>::finished, this, [this] {
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
    m_baselineWatcher.waitForFinished();
    m_rowWatcher.waitForFinished();
    m_secondWatcher.waitForFinished();
}

void ComparePage::setSecondBundle(const QString &directory)
{
    m_secondLabel->setText(tr("Loading %1…").arg(directory));
    const std::filesystem::path path = directory.toStdString();
    m_secondWatcher.setFuture(QtConcurrent::run([path]() -> std::shared_ptr<const results::BundleView> {
        try {
            return results::loadBundleView(path);
        } catch (const std::exception &) {
            return nullptr;
        }
    }));
}

void ComparePage::showTab(int index)
{
    m_tabs->setCurrentIndex(index);
}

void ComparePage::showBaselineChart(int index)
{
    m_baselineCharts->setCurrentIndex(index);
}

void ComparePage::showSelectedDistributions()
{
    if (!m_view)
        return;
    // (name, bundle, cell) of every selected row and its baseline, each cell once, at most 6 curves.
    struct Wanted {
        QString name;
        std::shared_ptr<const results::BundleView> bundle;
        std::string cell;
    };
    std::vector<Wanted> wanted;
    auto add = [&](const QString &name, std::shared_ptr<const results::BundleView> bundle, const std::string &cell) {
        for (const auto &w : wanted)
            if (w.cell == cell && w.bundle == bundle)
                return;
        if (wanted.size() < 6)
            wanted.push_back({name, std::move(bundle), cell});
    };
    const auto &rows = m_baselineResult.rows;
    QList<int> selected;
    for (const QTableWidgetItem *item : m_table->selectedItems())
        if (!selected.contains(item->row()))
            selected.push_back(item->row());
    std::sort(selected.begin(), selected.end());
    for (int r : selected) {
        if (r < 0 || static_cast<std::size_t>(r) >= rows.size())
            continue;
        const auto &row = rows[static_cast<std::size_t>(r)];
        const std::string &cell = row.cell.key, &base = row.baselineCell;
        add(tr("baseline: %1").arg(QString::fromStdString(base)), m_view, base);
        add(QString::fromStdString(cell), m_after ? m_after : m_view, cell); // with a second bundle, rows are its cells
    }
    m_rowWatcher.setFuture(QtConcurrent::run([wanted] {
        widgets::DistributionView view;
        for (const auto &w : wanted) {
            const std::vector<double> samples = results::pooledCellSamples(*w.bundle, w.cell);
            if (!samples.empty())
                view.series.push_back(ecdfSeries(samples, w.name));
        }
        return view;
    }));
    if (!selected.isEmpty())
        m_baselineCharts->setCurrentIndex(1);
}

void ComparePage::recomputeBaseline()
{
    if (!m_view || m_baseline->count() == 0) {
        m_table->setRowCount(0);
        m_forest->clear();
        return;
    }
    m_groups->setText(tr("Computing…"));
    auto view = m_view, after = m_after;
    const std::string baseline = m_baseline->currentData().toString().toStdString();
    m_baselineWatcher.setFuture(QtConcurrent::run([view, after, baseline]() -> BaselineOutcome {
        try {
            return {results::compareAgainstBaseline(*view, baseline, after.get()), {}};
        } catch (const std::exception &e) {
            return {{}, QString::fromStdString(e.what())};
        }
    }));
}

void ComparePage::showBaseline(const BaselineOutcome &outcome)
{
    m_baselineResult = outcome.comparison;
    m_table->setRowCount(0);
    m_rowDistributions->clear();
    if (!outcome.error.isEmpty()) {
        m_groups->setText(outcome.error);
        m_forest->clear();
        return;
    }
    const auto &result = outcome.comparison;
    const QLocale locale;
    const widgets::ForestView forest = forestView(result); // the same rows `inferscope figure --chart compare` draws
    const auto &rows = result.rows;
    m_table->setRowCount(static_cast<int>(rows.size()));
    int i = 0;
    for (const auto &row : rows) {
        const bool measured = row.measured && std::isfinite(row.ratio);
        const bool withinRun = row.ciScope == "within-run";
        const QString verdict = QString::fromStdString(row.verdict);
        const QString shown = verdict == QLatin1String("slower")            ? tr("slower")
                              : verdict == QLatin1String("faster")          ? tr("faster")
                              : verdict == QLatin1String("not significant") ? tr("not significant")
                              : withinRun                                   ? tr("one repetition: no verdict")
                                                                            : tr("no samples");
        QString ci = QStringLiteral("–");
        if (measured && std::isfinite(row.ciLow))
            ci =
                QStringLiteral("[%1, %2]").arg(locale.toString(row.ciLow, 'f', 3), locale.toString(row.ciHigh, 'f', 3));
        if (measured && withinRun)
            ci = tr("%1 within one run").arg(ci);
        const QStringList cells{QString::fromStdString(row.cell.key),
                                QString::fromStdString(row.baselineCell),
                                measured ? locale.toString(row.ratio, 'f', 3) + QStringLiteral("×")
                                         : QStringLiteral("–"),
                                QStringLiteral("%1 / %2").arg(row.repetitions).arg(row.baselineRepetitions),
                                ci,
                                row.pHolm ? locale.toString(*row.pHolm, 'g', 3) : QStringLiteral("–"),
                                shown};
        for (int c = 0; c < cells.size(); ++c)
            m_table->setItem(i, c, new QTableWidgetItem(cells[c]));
        ++i;
    }
    QStringList groups;
    for (const auto &g : result.groups)
        groups << tr("%1: geometric mean %2× over %n cell(s)", nullptr, static_cast<int>(g.cells))
                      .arg(QString::fromStdString(g.group),
                           locale.toString(std::isfinite(g.geometricMeanRatio) ? g.geometricMeanRatio : 0.0, 'f', 3));
    m_groups->setText(groups.join(QStringLiteral("; ")));
    if (forest.rows.empty()) {
        m_forest->clear();
    } else {
        m_forest->setView(forest);
        m_forest->setMinimumHeight(80 + 20 * static_cast<int>(forest.rows.size()));
    }
    Q_EMIT baselineComparisonAvailable();
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
        const QString text = QString::fromStdString(r.runId) +
                             (r.label.empty() ? QString() : QStringLiteral(" — ") + QString::fromStdString(r.label));
        m_a->addItem(text, static_cast<int>(i));
        m_b->addItem(text, static_cast<int>(i));
    }
    if (m_b->count() > 1)
        m_b->setCurrentIndex(1);
    recompute();
    // Baselines: native, every browser the bundle has, every cell.
    const QSignalBlocker blockBaseline(m_baseline);
    m_baseline->clear();
    std::vector<std::string> browsers, cells;
    bool native = false;
    for (const auto &r : m_view->runs) {
        const std::string &browser = r.cell.browser, &cell = r.cell.key;
        native = native || r.cell.isNative();
        if (!r.cell.isNative() && !browser.empty() &&
            std::find(browsers.begin(), browsers.end(), browser) == browsers.end())
            browsers.push_back(browser);
        if (std::find(cells.begin(), cells.end(), cell) == cells.end())
            cells.push_back(cell);
    }
    if (native)
        m_baseline->addItem(tr("native baseline (same model and thread count)"), QStringLiteral("native"));
    for (const auto &b : browsers)
        m_baseline->addItem(tr("browser: %1 (same configuration)").arg(QString::fromStdString(b)),
                            QString::fromStdString(b));
    for (const auto &c : cells)
        m_baseline->addItem(tr("cell: %1").arg(QString::fromStdString(c)), QString::fromStdString(c));
    recomputeBaseline();
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
        recomputeBaseline();
    }
    QWidget::changeEvent(event);
}

void ComparePage::retranslate()
{
    m_intro->setText(tr("Pick two runs of the open bundle. InferScope compares their steady-state samples: the ratio "
                        "of medians with a 95% bootstrap confidence interval, and a Mann-Whitney U test (no normality "
                        "assumed). Two single runs are compared inference by inference: this cannot tell the machine's "
                        "run-to-run drift from a real difference. For claims, compare cells with repetitions under "
                        "\"Against a baseline\". Open a bundle on the Results page first."));
    m_labelA->setText(tr("Run A:"));
    m_labelB->setText(tr("Run B:"));
    m_tabs->setTabText(0, tr("Two runs"));
    m_tabs->setTabText(1, tr("Against a baseline"));
    m_baselineIntro->setText(
        tr("Every cell against the baseline you choose. The repetition is the unit of evidence: a cell's "
           "estimate is the geometric mean of its runs' medians; the ratio's 95% interval comes from a "
           "two-level bootstrap with Welch's t over the repetitions, its p-value corrected for the number "
           "of comparisons (Holm), and a verdict is given only where the corrected p < 0.05. A cell with "
           "one repetition gets its run's own interval and no verdict (docs/STATISTICS.md)."));
    m_baselineLabel->setText(tr("Baseline:"));
    m_secondButton->setText(m_after ? tr("Back to one bundle") : tr("Compare with a second bundle…"));
    if (m_after)
        m_secondLabel->setText(tr("Each cell of %1 against the same cell of the open bundle.")
                                   .arg(QString::fromStdString(m_after->directory.string())));
    else if (!m_secondWatcher.isRunning())
        m_secondLabel->clear();
    m_baselineCharts->setTabText(0, tr("Ratios (forest plot)"));
    m_baselineCharts->setTabText(1, tr("Distributions of the selected rows"));
    m_table->setHorizontalHeaderLabels(
        {tr("cell"), tr("baseline"), tr("ratio"), tr("repetitions"), tr("95% CI"), tr("p (Holm)"), tr("verdict")});
}

} // namespace inferscope::app
