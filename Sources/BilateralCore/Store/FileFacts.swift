import Foundation

/// What the store compares to tell whether a file changed: its size and modification time, read with one
/// `stat` (Foundation's attributes cost far more per file at 100,000 files), and its content hash.
public struct FileFacts: Equatable, Sendable {
    var size: Int64
    /// Nanoseconds since 1970.
    var modified: Int64

    /// The facts of `path`, or nil when it cannot be read.
    static func of(_ path: String) -> FileFacts? {
        var info = stat()
        guard stat(path, &info) == 0 else { return nil }
        return FileFacts(size: Int64(info.st_size), modified: Int64(info.st_mtim.tv_sec) * 1_000_000_000 + Int64(info.st_mtim.tv_nsec))
    }
}

/// A 64-bit FNV-1a hash, as 16 hex digits: tells file contents, data files and sentence texts apart.
/// Not a defence against forged collisions; it only has to notice edits.
enum ContentHash {
    static func of(_ bytes: some Sequence<UInt8>) -> String {
        var hash = Accumulator()
        hash.add(bytes)
        return hash.hex
    }

    static func of(_ text: String) -> String {
        of(text.utf8)
    }

    struct Accumulator {
        private var value: UInt64 = 0xcbf2_9ce4_8422_2325

        mutating func add(_ bytes: some Sequence<UInt8>) {
            var value = self.value
            for byte in bytes {
                value = (value ^ UInt64(byte)) &* 0x0000_0100_0000_01B3
            }
            self.value = value
        }

        var hex: String {
            let digits = String(value, radix: 16)
            return String(repeating: "0", count: 16 - digits.count) + digits
        }
    }
}

extension FileFacts {
    /// The size of the file at `path`, for listings.
    public static func size(of path: String) -> Int64? {
        of(path)?.size
    }
}
