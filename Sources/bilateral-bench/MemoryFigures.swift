import Foundation

/// Where a process's memory is, as the kernel and malloc see it: resident pages split into anonymous (the heap,
/// thread stacks) and file-backed (the program, libraries, mapped files), and the heap split into what is in
/// use and what malloc holds free (fragmentation, arenas of threads that have finished).
enum MemoryFigures {
    /// A `kB` line of /proc/self/status (`VmHWM`, `VmRSS`, `RssAnon`, `RssFile`), in bytes.
    static func statusBytes(_ field: String) -> Int? {
        guard let text = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8) else { return nil }
        for line in text.split(separator: "\n") where line.hasPrefix(field + ":") {
            let number = line.dropFirst(field.count + 1).split(whereSeparator: { $0 == " " || $0 == "\t" }).first.flatMap { Int($0) }
            return number.map { $0 * 1024 }
        }
        return nil
    }

    /// glibc's heap over all arenas, from `malloc_info` (its XML; `mallinfo2` returns a struct Swift cannot take
    /// through a C function pointer): bytes obtained from the system, of them held free, large blocks mapped apart, and the number of arenas.
    static func mallocBytes() -> (system: Int, free: Int, mapped: Int, arenas: Int)? {
        typealias Info = @convention(c) (Int32, UnsafeMutablePointer<FILE>?) -> Int32
        guard let symbol = dlsym(nil, "malloc_info") else { return nil }
        var buffer: UnsafeMutablePointer<CChar>?
        var size = 0
        guard let stream = open_memstream(&buffer, &size) else { return nil }
        _ = unsafeBitCast(symbol, to: Info.self)(0, stream)
        fclose(stream)
        guard let buffer else { return nil }
        defer { free(buffer) }
        let xml = String(cString: buffer)
        // The totals over every arena follow the last </heap>.
        guard let tail = xml.range(of: "</heap>", options: .backwards).map({ xml[$0.upperBound...] }) else { return nil }
        func figure(_ type: String, _ tag: String) -> Int {
            guard let range = tail.range(of: "<\(tag) type=\"\(type)\"") else { return 0 }
            let rest = tail[range.upperBound...]
            guard let sizeRange = rest.range(of: "size=\"") else { return 0 }
            return Int(rest[sizeRange.upperBound...].prefix { $0.isNumber }) ?? 0
        }
        let arenas = xml.components(separatedBy: "<heap nr=").count - 1
        return (system: figure("current", "system"), free: figure("fast", "total") + figure("rest", "total"), mapped: figure("mmap", "total"),
                arenas: arenas)
    }

    /// One line: resident now and at peak, anonymous and file-backed, malloc's in-use and free bytes.
    static var line: String {
        func mb(_ field: String) -> String { statusBytes(field).map(ResourceUsage.megabytes) ?? "?" }
        var text = "RSS \(mb("VmRSS")) (peak \(mb("VmHWM"))): anonymous \(mb("RssAnon")), file-backed \(mb("RssFile"))"
        if let heap = mallocBytes() {
            text += "; malloc arenas (\(heap.arenas)) \(ResourceUsage.megabytes(heap.system)), of it held free "
                + "\(ResourceUsage.megabytes(heap.free)); large blocks mapped apart \(ResourceUsage.megabytes(heap.mapped))"
        }
        return text
    }
}
