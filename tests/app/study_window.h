#pragma once
// Opening the study bundle in a workbench window and waiting, by event with a deadline, until the
// Results page has it and the Compare page has compared every cell against its baseline.

#include "../core/study_bundle.h"
#include "app/gui/compare_page.h"
#include "app/gui/main_window.h"
#include "app/gui/results_page.h"

#include <QSignalSpy>
#include <QString>
#include <gtest/gtest.h>

namespace inferscope::tests {

inline ::testing::AssertionResult openStudyAndWaitForBaseline(app::MainWindow &w, const QString &dir)
{
    writeStudyBundle(dir.toStdString());
    QSignalSpy ready(w.comparePage(), &app::ComparePage::baselineComparisonAvailable);
    QSignalSpy loaded(w.resultsPage(), &app::ResultsPage::bundleLoaded);
    w.resultsPage()->openBundle(dir);
    if (!loaded.wait(20000))
        return ::testing::AssertionFailure() << "the study bundle did not load within 20 s";
    if (!(ready.count() > 0 || ready.wait(30000)))
        return ::testing::AssertionFailure() << "no baseline comparison within 30 s";
    return ::testing::AssertionSuccess();
}

} // namespace inferscope::tests
