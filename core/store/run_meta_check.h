#pragma once
// The types of the run metadata fields that readers rely on (docs/BUNDLE_FORMAT.md). A record whose
// checksums hold can still carry `"memory": "x"` or `"threads": "2"` (written by hand, by another
// tool, or on purpose): every reader would then have to defend every access. Instead the codec checks
// these fields once, when it decodes a record, and a wrong type makes the record a reported problem
// (StoreError naming the field) while the bundle's other records still load. Unknown fields pass.

#include <nlohmann/json.hpp>

namespace inferscope::store {

/// Throws StoreError(Corrupted) "metadata field memory.peak_pss_bytes is a string; it must be a number".
void checkRunMeta(const nlohmann::json &meta);

/// A record's identity agrees with itself: its run id is its `cell` and a repetition ("CELL_rN"), and the cell
/// begins with its `model`. Throws StoreError(Corrupted) naming what disagrees (a record edited by hand or
/// forged: its numbers would be filed under another configuration). Records without a `cell` pass.
void checkRunIdentity(const std::string &runId, const nlohmann::json &meta);

/// The same for the manifest's fields (the plan, the machine, planned_runs): StoreError(BadManifest).
void checkManifestFields(const nlohmann::json &manifest);

} // namespace inferscope::store
