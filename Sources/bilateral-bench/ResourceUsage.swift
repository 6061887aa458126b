import Foundation

/// Process-wide figures the benchmarks report.
enum ResourceUsage {
    /// Peak resident set size of this process so far, in bytes.
    ///
    /// On Linux this is `VmHWM` of /proc/self/status, not getrusage's `ru_maxrss`: the kernel carries `ru_maxrss`
    /// across exec from the process that spawned it (checked here: a child spawned by a parent that once held 600 MB
    /// reports 600 MB, its VmHWM 15 MB), so a bench's child process reported the parent's cold-open peak as its own.
    static func peakResidentBytes() -> Int {
        #if os(Linux)
        if let peak = MemoryFigures.statusBytes("VmHWM") { return peak }
        var usage = rusage()
        guard getrusage(RUSAGE_SELF.rawValue, &usage) == 0 else { return 0 }
        return Int(usage.ru_maxrss) * 1024
        #else
        var usage = rusage()
        guard getrusage(RUSAGE_SELF, &usage) == 0 else { return 0 }
        return Int(usage.ru_maxrss)
        #endif
    }

    /// Seconds of wall-clock time `body` takes.
    static func time(_ body: () throws -> Void) rethrows -> Double {
        let start = DispatchTime.now().uptimeNanoseconds
        try body()
        return Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
    }

    /// Seconds of CPU time this thread spends in `body`: fair on a machine shared with other work.
    static func cpuTime(_ body: () throws -> Void) rethrows -> Double {
        try cpuSeconds(on: CLOCK_THREAD_CPUTIME_ID, body)
    }

    /// Seconds of CPU time the whole process (every thread) spends while `body` runs, for work spread over cores.
    static func processCPUTime(_ body: () throws -> Void) rethrows -> Double {
        try cpuSeconds(on: CLOCK_PROCESS_CPUTIME_ID, body)
    }

    private static func cpuSeconds(on clock: clockid_t, _ body: () throws -> Void) rethrows -> Double {
        func now() -> Double {
            var spec = timespec()
            clock_gettime(clock, &spec)
            return Double(spec.tv_sec) + Double(spec.tv_nsec) / 1e9
        }
        let start = now()
        try body()
        return now() - start
    }

    /// The 1-, 5- and 15-minute load averages as the kernel gives them, so a figure can be read against how busy the machine was.
    static var loadAverage: String {
        guard let text = try? String(contentsOfFile: "/proc/loadavg", encoding: .utf8) else { return "unknown" }
        return text.split(separator: " ").prefix(3).joined(separator: " ")
    }

    /// Megabytes (10^6 bytes) with one decimal.
    static func megabytes(_ bytes: Int) -> String {
        String(format: "%.1f MB", Double(bytes) / 1e6)
    }
}
