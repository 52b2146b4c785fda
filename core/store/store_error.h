#pragma once
// Errors of the result store: a code for programs (the GUI translates by code) and English detail
// that names the file and what is wrong with it.

#include <stdexcept>
#include <string>

namespace inferscope::store {

enum class StoreErrc {
    Io,             ///< the file system refused (permissions, disk full, missing file)
    NotABundle,     ///< no manifest, or the manifest's magic is wrong
    NewerFormat,    ///< written by a newer InferScope; refused rather than misread
    BadManifest,    ///< manifest is not valid JSON or lacks required fields
    Truncated,      ///< a record ends before its header says it should
    BadMagic,       ///< a record does not start with the record magic
    Corrupted,      ///< a checksum does not match, or the payload does not decode
    InvalidArgument ///< the caller passed something the store cannot write (e.g. a bad run id)
};

const char *toString(StoreErrc code);

class StoreError : public std::runtime_error {
public:
    StoreError(StoreErrc code, const std::string &detail);
    StoreErrc code() const { return m_code; }

private:
    StoreErrc m_code;
};

} // namespace inferscope::store
