import TerminalUI

extension StatusLine {
    /// `extracting 1,234/10,000 ███▌░░░░ 850/s · 10 s left`, while the corpus opens.
    static func progressText(_ progress: LoadProgress, ascii: Bool, barWidth: Int = 16) -> String {
        let fraction = progress.total > 0 ? Double(progress.done) / Double(progress.total) : 0
        let filled = Int((fraction * Double(barWidth)).rounded(.down))
        let bar = String(repeating: ascii ? "#" : "█", count: filled) + String(repeating: ascii ? "." : "░", count: barWidth - filled)
        var text = "opening \(progress.done)/\(progress.total) \(bar)"
        if let rate = progress.rate { text += " \(Int(rate.rounded()))/s" }
        if let left = progress.secondsLeft { text += " · \(Int(left.rounded(.up))) s left" }
        return text
    }
}
