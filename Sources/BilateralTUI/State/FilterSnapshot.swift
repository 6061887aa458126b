import BilateralCore

/// What the user set to filter with: the typed text and the chips, in the order the chips
/// were set (Esc takes the last one off). Undo, redo and the saved session keep these.
public struct FilterSnapshot: Sendable, Hashable, Codable {
    /// A chip set by a key.
    public enum Chip: String, Sendable, Hashable, Codable { case actor, era, polarity }

    public var text = ""
    public var actor: String?
    public var era: String?
    public var polarity: Stance.Polarity?
    /// The chips set, oldest first.
    public var chips: [Chip] = []

    public init(text: String = "", actor: String? = nil, era: String? = nil, polarity: Stance.Polarity? = nil, chips: [Chip] = []) {
        self.text = text
        self.actor = actor
        self.era = era
        self.polarity = polarity
        self.chips = chips
    }

    public var isEmpty: Bool { text.isEmpty && actor == nil && era == nil && polarity == nil }
}

extension FilterState {
    /// The user's settings, without the result.
    public var snapshot: FilterSnapshot {
        get { FilterSnapshot(text: text, actor: actor, era: era, polarity: polarity, chips: chips) }
        set {
            text = newValue.text
            actor = newValue.actor
            era = newValue.era
            polarity = newValue.polarity
            chips = newValue.chips.filter { chip in
                switch chip {
                case .actor: return newValue.actor != nil
                case .era: return newValue.era != nil
                case .polarity: return newValue.polarity != nil
                }
            }
        }
    }

    /// Notes that `chip` was just set (moves it to the end) or cleared.
    mutating func touch(_ chip: FilterSnapshot.Chip) {
        chips.removeAll { $0 == chip }
        let isSet: Bool
        switch chip {
        case .actor: isSet = actor != nil
        case .era: isSet = era != nil
        case .polarity: isSet = polarity != nil
        }
        if isSet { chips.append(chip) }
    }

    /// Takes the most recently set chip off; false when there is none.
    mutating func removeLastChip() -> FilterSnapshot.Chip? {
        guard let chip = chips.popLast() else { return nil }
        switch chip {
        case .actor: actor = nil
        case .era: era = nil
        case .polarity: polarity = nil
        }
        return chip
    }
}
