import BilateralCore
import TerminalUI

extension AppState {
    // MARK: - Pair picker

    /// `p`: the picker over every pair of the corpus, the focal one selected.
    mutating func openPairPicker() {
        input = TextInput()
        pairPicker.pairs = PairTable.pairs(in: model)
        mode = .pairPicker
        refreshPairPicker()
        if let focal = pairPicker.rows.firstIndex(where: { Set(pairPicker.pairs[$0].pair) == Set(pair) }) {
            pairPicker.list.select(focal, count: pairPicker.rows.count, height: pickerViewport)
        }
    }

    mutating func pairPickerKey(_ key: Key) {
        if let step = pickerStep(for: key) {
            pairPicker.list.move(by: step, count: pairPicker.rows.count, height: pickerViewport)
            return
        }
        switch key {
        case .tab, .backTab:
            pairPicker.sort = pairPicker.sort == .count ? .score : .count
            refreshPairPicker()
        case .escape: mode = .normal
        case .enter:
            mode = .normal
            guard pairPicker.rows.indices.contains(pairPicker.list.selected) else { return }
            refocus(on: pairPicker.pairs[pairPicker.rows[pairPicker.list.selected]].pair)
        default:
            guard input.handle(key) else { return }
            refreshPairPicker()
        }
    }

    /// The pairs whose ids or names match what was typed, best match first when something was typed.
    mutating func refreshPairPicker() {
        let typed = input.text
        var matches: [(index: Int, score: Int)] = []
        for (index, summary) in pairPicker.pairs.enumerated() {
            // Either order reads as the pair: "china russia" finds Russia – China.
            let orders = [summary.pair, summary.pair.reversed()].map { ids in
                ids.joined(separator: "-") + " " + ids.map(actorName).joined(separator: " ")
            }
            if let score = orders.compactMap({ FuzzyMatch.score(typed, in: $0) }).max() { matches.append((index, score)) }
        }
        let pairs = pairPicker.pairs
        let sort = pairPicker.sort
        matches.sort { left, right in
            if left.score != right.score { return left.score > right.score }
            let a = pairs[left.index], b = pairs[right.index]
            if sort == .score, a.mean != b.mean { return a.mean > b.mean }
            return left.index < right.index
        }
        pairPicker.rows = matches.map(\.index)
        pairPicker.list = ListState()
        pairPicker.list.select(0, count: pairPicker.rows.count, height: pickerViewport)
    }

    /// Focuses the dashboard on `newPair`: eras, article eras, the timeline's scores and the title at once.
    mutating func refocus(on newPair: [String]) {
        guard newPair.count == 2 else { return }
        model = RelationshipFocus.refocused(model, on: newPair, sources: eraSources)
        modelChanged()
        pair = newPair
        timelines = TimelineCache(model: model, pair: newPair)
        overviewChanged()
        trajectory = TrajectoryState()
        if let era = filter.era, !model.eras.contains(where: { $0.id == era }) { filter.era = nil }
        // The eras changed under the filter: run it again on the refocused model.
        let query = filter.query
        if let parsed = try? Filter.parse(query) {
            filter.result = parsed.apply(to: model, marks: marks)
            filter.applied = query
            filter.parsed = parsed
        } else {
            filter.result = Filter.all.apply(to: model)
            filter.applied = ""
            filter.parsed = .all
        }
        rebuildTimeline()
        let source = model.eras.first?.source.rawValue ?? "no"
        message = "pair \(newPair.map(actorName).joined(separator: " – ")): \(model.eras.count) eras (\(source))"
    }

    // MARK: - Trajectory chart

    /// `t`: the chart of the focal pair, on the month of the selected article (else the latest with stances).
    mutating func openTrajectory() {
        if trajectory.selected == nil || trajectory.series.months.isEmpty {
            trajectory.series = PairSeries(model: model, pair: pair)
        }
        let months = trajectory.series.months.map(\.index)
        var wanted: Int?
        if let index = article.index, let date = model.articles[index].date, let month = date.month {
            wanted = date.year * 12 + month - 1
        }
        trajectory.selected = wanted.flatMap { target in months.min { abs($0 - target) < abs($1 - target) } } ?? months.last
        mode = .trajectory
    }

    mutating func trajectoryKey(_ key: Key) {
        let months = trajectory.series.months.map(\.index)
        let position = trajectory.selected.flatMap { months.firstIndex(of: $0) } ?? max(0, months.count - 1)
        switch key {
        case .escape, .character("q"), .character("t"): mode = .normal
        case .left, .character("h"): if position > 0 { trajectory.selected = months[position - 1] }
        case .right, .character("l"): if position + 1 < months.count { trajectory.selected = months[position + 1] }
        case .home, .character("g"): trajectory.selected = months.first
        case .end, .character("G"): trajectory.selected = months.last
        default: break
        }
    }

    // MARK: - Overview

    mutating func overviewKey(_ key: Key) {
        switch key {
        case .escape, .character("q"), .character("O"), .enter: mode = .normal
        case .character("p"): openPairPicker()
        case .character("t"): openTrajectory()
        default: break
        }
    }
}
