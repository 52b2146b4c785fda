#include "core/store/store_error.h"

namespace inferscope::store {

const char *toString(StoreErrc code)
{
    switch (code) {
    case StoreErrc::Io:
        return "io";
    case StoreErrc::NotABundle:
        return "not-a-bundle";
    case StoreErrc::NewerFormat:
        return "newer-format";
    case StoreErrc::BadManifest:
        return "bad-manifest";
    case StoreErrc::Truncated:
        return "truncated";
    case StoreErrc::BadMagic:
        return "bad-magic";
    case StoreErrc::Corrupted:
        return "corrupted";
    case StoreErrc::InvalidArgument:
        return "invalid-argument";
    }
    return "unknown";
}

StoreError::StoreError(StoreErrc code, const std::string &detail) : std::runtime_error(detail), m_code(code) {}

} // namespace inferscope::store
