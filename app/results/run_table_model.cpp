#include "app/results/run_table_model.h"

#include "app/results/status_text.h"

#include <QBrush>
#include <QColor>
#include <QLocale>
#include <cmath>

namespace inferscope::app {
namespace {
QString number(double v, int decimals)
{
    return std::isnan(v) ? QStringLiteral("–") : QLocale().toString(v, 'f', decimals);
}
} // namespace

void RunTableModel::setView(std::shared_ptr<const results::BundleView> view)
{
    beginResetModel();
    m_view = std::move(view);
    endResetModel();
}

const results::RunSummary *RunTableModel::run(int row) const
{
    if (!m_view || row < 0 || row >= static_cast<int>(m_view->runs.size()))
        return nullptr;
    return &m_view->runs[static_cast<std::size_t>(row)];
}

int RunTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() || !m_view ? 0 : static_cast<int>(m_view->runs.size());
}

int RunTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

namespace {
/// A number nested in a run's metadata, or NaN.
double metaNumber(const nlohmann::json &meta, std::initializer_list<const char *> path)
{
    const nlohmann::json *node = &meta;
    for (const char *key : path) {
        if (!node->is_object() || !node->contains(key))
            return std::nan("");
        node = &(*node)[key];
    }
    return node->is_number() ? node->get<double>() : std::nan("");
}
} // namespace

QVariant RunTableModel::data(const QModelIndex &index, int role) const
{
    const results::RunSummary *r = run(index.row());
    if (!r)
        return {};
    if (role == Qt::ForegroundRole && index.column() == Status && r->status != "ok")
        return QBrush(QColor(190, 40, 40));
    if (role == Qt::ToolTipRole && !r->error.empty())
        return QString::fromStdString(r->error);
    if (role == Qt::ToolTipRole && index.column() == SteadyFrom && !r->warmupHeld && r->stats.count > 0)
        return tr("The prediction phase still drifted (until sample %1): the warm-up may have been too short. Every "
                  "sample is kept and counted.")
            .arg(r->driftEnd);
    if (role == Qt::TextAlignmentRole && index.column() >= Samples)
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case RunId:
        return QString::fromStdString(r->runId);
    case Configuration:
        return QString::fromStdString(r->label);
    case Status:
        return statusText(r->status);
    case Samples:
        return QLocale().toString(static_cast<qulonglong>(r->stats.count));
    case Median:
        return r->stats.count ? number(r->stats.median, 3) : QStringLiteral("–"); // no samples: no statistic, not 0
    case Ci:
        return r->stats.count ? QStringLiteral("[%1, %2]").arg(number(r->medianCi.low, 3), number(r->medianCi.high, 3))
                              : QStringLiteral("–");
    case P95:
        return r->stats.count ? number(r->stats.p95, 3) : QStringLiteral("–");
    case Cv:
        return !r->stats.count || std::isnan(r->stats.cv)
                   ? QStringLiteral("–")
                   : QLocale().toString(100 * r->stats.cv, 'f', 1) + QLatin1Char('%');
    case SteadyFrom:
        return !r->stats.count ? QStringLiteral("–") : r->warmupHeld ? tr("held") : tr("drift ⚠");
    case Outliers:
        return QLocale().toString(static_cast<qulonglong>(r->outliers));
    case PeakMemory: {
        const double bytes = metaNumber(r->meta, {"memory", "peak_pss_bytes"});
        return std::isnan(bytes) ? QStringLiteral("–") : QLocale().toString(bytes / 1e6, 'f', 0);
    }
    case CpuPerInference: {
        const double ms = metaNumber(r->meta, {"cpu", "per_inference_ms"});
        const double cores = metaNumber(r->meta, {"cpu", "cores_busy"});
        return std::isnan(ms) ? QStringLiteral("–") : tr("%1 (%2 cores)").arg(number(ms, 1), number(cores, 2));
    }
    case InputBusyP95: {
        const double e2e = metaNumber(r->meta, {"responsiveness", "input_e2e_ms", "busy", "p95"});
        const double count = metaNumber(r->meta, {"responsiveness", "input_e2e_ms", "busy", "count"});
        return count > 0 ? number(e2e, 1) : QStringLiteral("–");
    }
    case FpsBusy: {
        const double frames = metaNumber(r->meta, {"responsiveness", "frames", "busy", "frames"});
        return frames > 0 ? number(metaNumber(r->meta, {"responsiveness", "frames", "busy", "fps"}), 0)
                          : QStringLiteral("–");
    }
    default:
        return {};
    }
}

QVariant RunTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case RunId:
        return tr("Run");
    case Configuration:
        return tr("Configuration");
    case Status:
        return tr("Status");
    case Samples:
        return tr("Samples");
    case Median:
        return tr("Median (ms)");
    case Ci:
        return tr("95% CI (ms)");
    case P95:
        return tr("p95 (ms)");
    case Cv:
        return tr("CV");
    case SteadyFrom:
        return tr("Warm-up check");
    case Outliers:
        return tr("Outliers");
    case PeakMemory:
        return tr("Peak PSS (MB)");
    case CpuPerInference:
        return tr("CPU per inference (ms)");
    case InputBusyP95:
        return tr("Input delay p95, busy (ms)");
    case FpsBusy:
        return tr("FPS, busy");
    default:
        return {};
    }
}

void RunTableModel::retranslate()
{
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
}

} // namespace inferscope::app
