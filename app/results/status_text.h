#pragma once
// A run's status as the window shows it: the closed vocabulary of docs/PLAN_FORMAT.md ("Run statuses") in the
// user's language; an unknown word (a newer bundle) is shown as recorded.

#include <QString>
#include <string>

namespace inferscope::app {

QString statusText(const std::string &status);

} // namespace inferscope::app
