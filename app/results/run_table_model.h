#pragma once
// The runs of a loaded bundle as a table. Holds a shared, immutable BundleView and swaps it whole
// (beginResetModel/endResetModel), so the view never sees half-updated data.

#include "core/results/bundle_view.h"

#include <QAbstractTableModel>

namespace inferscope::app {

class RunTableModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column {
        RunId,
        Configuration,
        Status,
        Samples,
        Median,
        Ci,
        P95,
        Cv,
        SteadyFrom,
        Outliers,
        PeakMemory,
        CpuPerInference,
        InputBusyP95,
        FpsBusy,
        ColumnCount
    };

    using QAbstractTableModel::QAbstractTableModel;

    void setView(std::shared_ptr<const results::BundleView> view);
    const results::RunSummary *run(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    /// Column headers follow the UI language.
    void retranslate();

private:
    std::shared_ptr<const results::BundleView> m_view;
};

} // namespace inferscope::app
