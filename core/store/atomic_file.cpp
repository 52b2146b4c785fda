#include "core/store/atomic_file.h"

#include "core/store/store_error.h"

#include <cerrno>
#include <cstring>
#include <string>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace inferscope::store {
namespace {
[[noreturn]] void fail(const std::string &what, const std::filesystem::path &path, int error)
{
    throw StoreError(StoreErrc::Io, what + " '" + path.string() + "': " + std::strerror(error));
}

class Fd {
public:
    explicit Fd(int fd) : m_fd(fd) {}
    ~Fd()
    {
        if (m_fd >= 0)
            ::close(m_fd);
    }
    Fd(const Fd &) = delete;
    Fd &operator=(const Fd &) = delete;
    int get() const { return m_fd; }
    int release()
    {
        const int fd = m_fd;
        m_fd = -1;
        return fd;
    }

private:
    int m_fd;
};
} // namespace

std::string outputFileProblem(const std::filesystem::path &target)
{
    const std::string name = "'" + target.string() + "'";
    if (target.empty() || target.filename().empty())
        return name + " names a folder, not a file";
    // Renaming over a device, pipe or folder would replace it (/dev/full with a file, as root); writing
    // through a link would overwrite what it points at: refuse each, saying which it is.
    struct stat existing {};
    if (::lstat(target.c_str(), &existing) == 0) {
        if (S_ISLNK(existing.st_mode))
            return name + " is a symbolic link: nothing is written through one (choose another name)";
        if (S_ISDIR(existing.st_mode))
            return name + " is a folder, not a file";
        if (!S_ISREG(existing.st_mode))
            return name + " is a device, pipe or socket, not a file: it is not replaced";
    }
    const auto dir = target.parent_path().empty() ? std::filesystem::path(".") : target.parent_path();
    struct stat folder {};
    if (::stat(dir.c_str(), &folder) != 0 || !S_ISDIR(folder.st_mode))
        return "the folder '" + dir.string() + "' does not exist";
    return {};
}

void writeFileAtomically(const std::filesystem::path &target, std::span<const std::byte> bytes)
{
    const auto dir = target.parent_path().empty() ? std::filesystem::path(".") : target.parent_path();
    if (const std::string problem = outputFileProblem(target); !problem.empty())
        throw StoreError(StoreErrc::Io, problem);
    const auto temp = dir / (std::string(kTempPrefix) + target.filename().string() + "." + std::to_string(::getpid()));
    {
        Fd fd(::open(temp.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644));
        if (fd.get() < 0)
            fail("cannot create", temp, errno);
        const std::byte *p = bytes.data();
        std::size_t left = bytes.size();
        while (left > 0) {
            const ssize_t written = ::write(fd.get(), p, left);
            if (written < 0) {
                if (errno == EINTR)
                    continue;
                const int error = errno;
                ::unlink(temp.c_str());
                fail("cannot write", temp, error);
            }
            p += written;
            left -= static_cast<std::size_t>(written);
        }
        if (::fsync(fd.get()) != 0) {
            const int error = errno;
            ::unlink(temp.c_str());
            fail("cannot flush", temp, error);
        }
        if (::close(fd.release()) != 0)
            fail("cannot close", temp, errno);
    }
    if (::rename(temp.c_str(), target.c_str()) != 0) {
        const int error = errno;
        ::unlink(temp.c_str());
        fail("cannot move into place", target, error);
    }
    // The rename itself must reach the disk too, or a power cut can forget the new name.
    Fd dirFd(::open(dir.c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC));
    if (dirFd.get() >= 0)
        ::fsync(dirFd.get());
}

std::vector<std::byte> readWholeFile(const std::filesystem::path &path, std::uint64_t maxBytes)
{
    Fd fd(::open(path.c_str(), O_RDONLY | O_CLOEXEC | O_NONBLOCK | O_NOCTTY));
    if (fd.get() < 0)
        fail("cannot open", path, errno);
    struct stat info {};
    if (::fstat(fd.get(), &info) != 0)
        fail("cannot examine", path, errno);
    if (!S_ISREG(info.st_mode))
        throw StoreError(StoreErrc::Io, "'" + path.string() + "' is not a regular file (" +
                                            (S_ISDIR(info.st_mode)    ? "a folder"
                                             : S_ISFIFO(info.st_mode) ? "a pipe"
                                                                      : "a device or socket") +
                                            ")");
    if (static_cast<std::uint64_t>(info.st_size) > maxBytes)
        throw StoreError(StoreErrc::Io, "'" + path.string() + "' is " + std::to_string(info.st_size) +
                                            " bytes, more than the " + std::to_string(maxBytes) +
                                            " this file may hold");
    std::vector<std::byte> bytes;
    bytes.reserve(static_cast<std::size_t>(info.st_size));
    std::byte buffer[1 << 16];
    for (;;) {
        const ssize_t got = ::read(fd.get(), buffer, sizeof buffer);
        if (got < 0) {
            if (errno == EINTR)
                continue;
            fail("cannot read", path, errno);
        }
        if (got == 0)
            break;
        bytes.insert(bytes.end(), buffer, buffer + got);
        if (bytes.size() > maxBytes) // it grew while we read
            throw StoreError(StoreErrc::Io, "'" + path.string() + "' grew beyond " + std::to_string(maxBytes) +
                                                " bytes while being read");
    }
    return bytes;
}

std::string readWholeTextFile(const std::filesystem::path &path, std::uint64_t maxBytes)
{
    const auto bytes = readWholeFile(path, maxBytes);
    return std::string(reinterpret_cast<const char *>(bytes.data()), bytes.size());
}

} // namespace inferscope::store
