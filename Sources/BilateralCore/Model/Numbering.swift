/// Values numbered in the order they are first seen: each later sighting gets the same number back.
struct Numbering<Value: Hashable & Sendable>: Sendable, Equatable {
    private(set) var values: [Value] = []
    private var numbers: [Value: UInt32] = [:]

    mutating func number(of value: Value) -> UInt32 {
        if let number = numbers[value] { return number }
        let number = UInt32(values.count)
        values.append(value)
        numbers[value] = number
        return number
    }
}
