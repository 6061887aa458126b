import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// An advisory lock beside a store file, held while one process extracts what the store lacks, so that
/// processes opening the same corpus at once extract each file once: the others wait, then read it.
/// The kernel drops the lock when its holder exits, however it exits (`kill -9` included).
final class StoreLock {
    private let descriptor: Int32

    /// Waits for the lock on `path` + ".lock"; nil when that file cannot be made (the caller goes on unlocked).
    init?(beside path: String) {
        let descriptor = open(path + ".lock", O_CREAT | O_RDWR | O_CLOEXEC, 0o644)
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
