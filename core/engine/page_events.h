#pragma once
// What a page may post to /events, checked before any of it touches a run. Everything a page posts is
// untrusted input (a page's own script, a browser extension, or any local process holding the token):
// a batch with a wrong type, an unknown event, a non-finite number or a document nested deeper than a
// record may hold is refused as a whole with 400 and the reason; the run goes on and records what the
// valid batches said. docs/SECURITY.md has the threat model.

#include <QJsonObject>
#include <QString>

namespace inferscope::engine {

/// Events per POST and the nesting a posted object (env, outputs, phase details) may have.
inline constexpr int kMaxEventsPerBatch = 10000;
inline constexpr int kMaxEventDepth = 16;

/// "" when `message` ({"run": ID, "batch": [events]}) is well-formed; otherwise why not, naming the
/// event and field ("batch[3] (env): \"env\" must be an object, not a number").
QString checkPageMessage(const QJsonObject &message);

} // namespace inferscope::engine
