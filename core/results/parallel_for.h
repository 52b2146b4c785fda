#pragma once
// Independent work items shared out over the machine's cores (a bundle's runs, its cells): item i always
// gets the same result, whatever the number of threads, so the output does not depend on the machine.
// An exception in an item is rethrown on the caller's thread after every thread has stopped.

#include <algorithm>
#include <cstddef>
#include <exception>
#include <thread>
#include <vector>

namespace inferscope::results {

/// Calls work(i) for every i in [0, count), on up to hardware_concurrency threads (the caller's among
/// them); fewer when there is too little to share (at least minPerThread items each).
template <typename Work> void parallelFor(std::size_t count, Work &&work, std::size_t minPerThread = 16)
{
    const std::size_t cores = std::max(1u, std::thread::hardware_concurrency());
    const std::size_t workers =
        std::max<std::size_t>(1, std::min(cores, count / std::max<std::size_t>(1, minPerThread)));
    std::vector<std::exception_ptr> failures(workers);
    auto share = [&](std::size_t worker) {
        try {
            for (std::size_t i = worker; i < count; i += workers)
                work(i);
        } catch (...) {
            failures[worker] = std::current_exception();
        }
    };
    std::vector<std::thread> helpers;
    for (std::size_t w = 1; w < workers; ++w)
        helpers.emplace_back(share, w);
    share(0);
    for (auto &h : helpers)
        h.join();
    for (const auto &f : failures)
        if (f)
            std::rethrow_exception(f);
}

} // namespace inferscope::results
