/// A calendar date known to a year, a month or a day, as articles state them.
public struct PartialDate: Sendable, Hashable, Comparable, CustomStringConvertible, Codable {
    /// How much of the date is known.
    public enum Precision: Int, Sendable, Hashable, Comparable, Codable {
        case year, month, day

        public static func < (lhs: Precision, rhs: Precision) -> Bool { lhs.rawValue < rhs.rawValue }
    }

    // Four bytes in all (a month or day of 0 is unknown): every event and article holds a date.
    private let storedYear: Int16
    private let storedMonth: UInt8
    private let storedDay: UInt8

    public var year: Int { Int(storedYear) }
    public var month: Int? { storedMonth == 0 ? nil : Int(storedMonth) }
    public var day: Int? { storedDay == 0 ? nil : Int(storedDay) }

    /// Creates a date; a day without a month is dropped, out-of-range parts are rejected.
    public init?(year: Int, month: Int? = nil, day: Int? = nil) {
        guard (1...9999).contains(year) else { return nil }
        if let month, !(1...12).contains(month) { return nil }
        if let day {
            guard let month, (1...PartialDate.daysIn(month: month, year: year)).contains(day) else { return nil }
        }
        self.storedYear = Int16(year)
        self.storedMonth = UInt8(month ?? 0)
        self.storedDay = month == nil ? 0 : UInt8(day ?? 0)
    }

    /// Parses `2016`, `2016-05` or `2016-05-06`.
    public init?(iso: String) {
        let parts = iso.split(separator: "-", omittingEmptySubsequences: false).map { Int($0) }
        guard (1...3).contains(parts.count), parts.allSatisfy({ $0 != nil }) else { return nil }
        self.init(year: parts[0]!, month: parts.count > 1 ? parts[1] : nil, day: parts.count > 2 ? parts[2] : nil)
    }

    public var precision: Precision {
        day != nil ? .day : (month != nil ? .month : .year)
    }

    /// `2016`, `2016-05` or `2016-05-06`.
    public var iso: String {
        var text = String(format: "%04d", year)
        if let month { text += String(format: "-%02d", month) }
        if let day { text += String(format: "-%02d", day) }
        return text
    }

    public var description: String { iso }

    /// The same date cut to a coarser precision.
    public func truncated(to precision: Precision) -> PartialDate {
        switch precision {
        case .year: return PartialDate(year: year) ?? self
        case .month: return PartialDate(year: year, month: month) ?? self
        case .day: return self
        }
    }

    /// True when `other`, read at this date's precision, names the same period.
    public func accepts(_ other: PartialDate) -> Bool {
        guard other.precision >= precision else { return false }
        return other.truncated(to: precision) == self
    }

    /// Earliest day the date can mean, for ordering and era membership.
    public var firstDay: (year: Int, month: Int, day: Int) { (year, month ?? 1, day ?? 1) }

    public static func < (lhs: PartialDate, rhs: PartialDate) -> Bool {
        let l = lhs.firstDay, r = rhs.firstDay
        if l != r { return (l.year, l.month, l.day) < (r.year, r.month, r.day) }
        return lhs.precision < rhs.precision
    }

    public static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    public init(from decoder: any Decoder) throws {
        let text = try decoder.singleValueContainer().decode(String.self)
        guard let date = PartialDate(iso: text) else {
            throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath, debugDescription: "not a date: \(text)"))
        }
        self = date
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(iso)
    }
}
