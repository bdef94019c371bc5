#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// An exclusive advisory lock (`flock`) on the log file, held while the log is opened and migrated,
/// so that two `runramp` processes starting on a new log do not both run the same migration.
///
/// SQLite locks with `fcntl` byte-range locks, which are independent of `flock` on Linux and the
/// BSDs, so this lock never interferes with SQLite's own locking.
struct FileLock: ~Copyable {
    private let descriptor: Int32

    /// Blocks until the lock on `path` is held; creates the file (empty) if it does not exist yet,
    /// which SQLite then treats as a new database. Nil when the file cannot be opened: the caller
    /// goes on without the lock and lets SQLite report the real problem.
    init?(path: String) {
        let descriptor = open(path, O_RDWR | O_CREAT | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { return nil }
        while flock(descriptor, LOCK_EX) != 0 {
            guard errno == EINTR else {
                close(descriptor)
                return nil
            }
        }
        self.descriptor = descriptor
    }

    deinit {
        flock(descriptor, LOCK_UN)
        close(descriptor)
    }
}
