import Foundation

/// Gives the heap's free pages back to the system after an open.
///
/// Decoding a corpus frees, at the end, much of what it allocated (records, per-article arrays), interleaved with
/// what the model keeps; glibc returns only the top of its heaps by itself, so whole free pages in the middle would
/// stay resident for the life of the process. `malloc_trim(0)` hands back every whole free page, wherever it lies.
/// Looked up by name: Swift's Glibc module does not declare it, and another C library has none (nothing is done).
enum HeapRelease {
    private typealias Trim = @convention(c) (Int) -> Int32

    private static let trim: Trim? = dlsym(nil, "malloc_trim").map { unsafeBitCast($0, to: Trim.self) }

    static func afterOpen() {
        _ = trim?(0)
    }
}
