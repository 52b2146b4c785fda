#pragma once
// Zoo models for the model cache and engine tests: fetched into the user's model cache when missing (set-up has
// normally done it), so the tests always exercise real models.

#include "core/modelcache/model_cache.h"

#include <gtest/gtest.h>

namespace inferscope::tests {

inline const zoo::ModelEntry &fetchedModel(const zoo::ModelCache &cache, const zoo::Catalog &catalog, const char *id)
{
    const zoo::ModelEntry *entry = catalog.find(id);
    EXPECT_NE(nullptr, entry) << id;
    const QString error = cache.fetch(*entry);
    EXPECT_TRUE(error.isEmpty()) << error.toStdString();
    return *entry;
}

} // namespace inferscope::tests
