import Foundation

/// When a process's resident size peaks while some work runs: a thread reads `/proc/self/statm` every 10 ms (a
/// peak lasts hundreds; fewer reads cost the open less CPU) and keeps the largest figure and when it was seen, so
/// that a peak can be placed in an open (decoding, putting in order, the corpus-level step), not only sized.
final class ResidentSampler: @unchecked Sendable {
    // Unchecked: every field below is read and written under `lock`.
    private let lock = NSLock()
    private var running = true
    private var peak = 0
    private var peakAt = 0.0
    private let start = DispatchTime.now().uptimeNanoseconds
    private var thread: Thread?

    init() {
        let thread = Thread { [self] in
            let pageSize = Int(sysconf(Int32(_SC_PAGESIZE)))
            while true {
                let resident = Self.residentPages() * pageSize
                let elapsed = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
                let stop = lock.withLock {
                    if resident > peak { (peak, peakAt) = (resident, elapsed) }
                    return !running
                }
                if stop { return }
                usleep(10_000)
            }
        }
        thread.start()
        self.thread = thread
    }

    /// Stops sampling; the largest resident size seen, in bytes, and how many seconds after the start it was seen.
    func stop() -> (bytes: Int, at: Double) {
        lock.withLock { running = false }
        usleep(5000)
        return lock.withLock { (peak, peakAt) }
    }

    private static func residentPages() -> Int {
        guard let text = try? String(contentsOfFile: "/proc/self/statm", encoding: .utf8) else { return 0 }
        let fields = text.split(separator: " ")
        return fields.count > 1 ? Int(fields[1]) ?? 0 : 0
    }
}
