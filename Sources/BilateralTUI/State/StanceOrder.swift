import BilateralCore

/// How the stances pane orders its list; `s` cycles, the pane title shows it.
public enum StanceOrder: String, Sendable, Hashable, Codable, CaseIterable {
    /// As extracted: by article, then where in the article.
    case listed
    /// Strongest cooperation first, strongest conflict last.
    case score
    /// Newest article first.
    case date
    case holder
    case target

    public var next: StanceOrder {
        let all = Self.allCases
        return all[((all.firstIndex(of: self) ?? 0) + 1) % all.count]
    }

    /// `by score`, or nil for the extraction order.
    public var label: String? { self == .listed ? nil : "by \(rawValue)" }
}

extension AppState {
    /// `indices` (into the model's stances) in `order`; ties keep the extraction order.
    func sortedStances(_ indices: [Int], by order: StanceOrder) -> [Int] {
        let stances = model.stances
        switch order {
        case .listed:
            return indices
        case .score:
            return indices.sorted { (stances[$0].score, -$0) > (stances[$1].score, -$1) }
        case .date:
            let dates = Dictionary(uniqueKeysWithValues: Set(indices.map { stances[$0].article }).map { ($0, articleDate($0)) })
            return indices.sorted { left, right in
                let a = dates[stances[left].article] ?? nil, b = dates[stances[right].article] ?? nil
                switch (a, b) {
                case let (a?, b?) where a != b: return a > b
                case (nil, _?): return false
                case (_?, nil): return true
                default: return left < right
                }
            }
        case .holder:
            return indices.sorted { (actorName(stances[$0].holder).lowercased(), $0) < (actorName(stances[$1].holder).lowercased(), $1) }
        case .target:
            return indices.sorted { (actorName(stances[$0].target).lowercased(), $0) < (actorName(stances[$1].target).lowercased(), $1) }
        }
    }

    func articleDate(_ id: String) -> PartialDate? {
        articleIndexByID[id].flatMap { model.articles[$0].date }
    }

    /// `s`: the next order, keeping the selected stance selected.
    mutating func cycleStanceOrder() {
        stances.order = stances.order.next
        refreshStances()
        message = "stances " + (stances.order.label ?? "as extracted")
    }
}
