import BilateralCore
import TerminalUI

/// The dashboard's styles for a terminal's colours: 256, 8, or none (attributes only).
public struct Theme: Sendable, Equatable {
    public var titleBar = Style(bold: true, reverse: true)
    public var statusBar = Style(reverse: true)
    public var statusEmphasis = Style(bold: true, reverse: true)
    public var border = Style.plain
    public var focusedBorder = Style(bold: true)
    public var paneTitle = Style.plain
    public var focusedTitle = Style(bold: true, reverse: true)
    public var selection = Style(reverse: true)
    public var inactiveSelection = Style(underline: true)
    public var eraHeader = Style(bold: true)
    public var date = Style(dim: true)
    public var event = Style.plain
    public var cooperative = Style(bold: true)
    public var conflictual = Style(bold: true, underline: true)
    public var neutral = Style(dim: true)
    public var articleTitle = Style(bold: true)
    public var meta = Style(dim: true)
    public var boilerplate = Style(dim: true)
    public var highlightBackground: Color?
    public var match = Style(bold: true, underline: true)
    public var currentMatch = Style(bold: true, reverse: true, underline: true)
    public var error = Style(bold: true)
    public var hintKey = Style(bold: true, reverse: true)
    public var faint = Style(dim: true)
    public var mentionColors: [Actor.Kind: Color] = [:]
    public var borderSymbols = BorderSymbols.rounded
    public var focusedBorderSymbols = BorderSymbols.heavy
    public var ascii = false

    public init(capabilities: TerminalCapabilities) {
        ascii = !capabilities.unicode
        if ascii {
            borderSymbols = .ascii
            focusedBorderSymbols = .asciiHeavy
        }
        if capabilities.colors >= 256 {
            useColors(Palette256())
        } else if capabilities.colors >= 8 {
            useColors(Palette8())
        }
    }

    /// The style of a mention of an actor of `kind` on top of `base`.
    public func mention(_ kind: Actor.Kind?, over base: Style) -> Style {
        var style = base
        if let kind, let color = mentionColors[kind] {
            style.foreground = color
            return style
        }
        switch kind {
        case .state?: style.bold = true
        case .organisation?: style.underline = true
        case .person?, .body?: style.bold = true; style.underline = true
        case nil: style.underline = true
        }
        return style
    }

    /// Colours from the config file, by part (`DashboardSettings.colorParts`); none without colour.
    public mutating func apply(colors: [String: Color], colorCount: Int) {
        guard colorCount > 0 else { return }
        for (part, color) in colors {
            switch part {
            case "cooperative": cooperative.foreground = color
            case "conflictual": conflictual.foreground = color; error.foreground = color
            case "neutral": neutral.foreground = color
            case "accent":
                for keyPath in [\Theme.focusedBorder, \.focusedTitle, \.statusEmphasis, \.hintKey] { self[keyPath: keyPath].foreground = color }
            case "selection": selection.background = color
            case "era": eraHeader.foreground = color; articleTitle.foreground = color
            case "match": match.background = color
            case "highlight": highlightBackground = color
            case "state": mentionColors[.state] = color
            case "organisation": mentionColors[.organisation] = color
            case "person": mentionColors[.person] = color
            case "body": mentionColors[.body] = color
            default: continue
            }
        }
    }

    /// `base` on the unfocused selection's background (or underlined without colour), so a
    /// selected row keeps its own colours when its pane is not focused.
    public func inactive(_ base: Style) -> Style {
        var style = base
        if inactiveSelection.background != .default {
            style.background = inactiveSelection.background
        } else {
            style.underline = true
        }
        return style
    }

    /// `base` marked as part of the highlighted sentence.
    public func highlighted(_ base: Style) -> Style {
        var style = base
        if let highlightBackground {
            style.background = highlightBackground
        } else {
            style.reverse = true
        }
        return style
    }

    public func polarity(_ polarity: Stance.Polarity) -> Style {
        switch polarity {
        case .cooperative: return cooperative
        case .conflictual: return conflictual
        case .neutral: return neutral
        }
    }

    /// Colour for a signed score: cooperative above zero, conflictual below.
    public func score(_ value: Double) -> Style {
        polarity(Stance.Polarity(score: value))
    }

    private mutating func useColors(_ palette: Palette) {
        titleBar = Style(foreground: palette.barText, background: palette.titleBar, bold: true)
        statusBar = Style(foreground: palette.barText, background: palette.statusBar)
        statusEmphasis = Style(foreground: palette.accent, background: palette.statusBar, bold: true)
        hintKey = Style(foreground: palette.accent, background: palette.statusBar, bold: true)
        border = Style(foreground: palette.border)
        focusedBorder = Style(foreground: palette.accent, bold: true)
        paneTitle = Style(foreground: palette.border)
        focusedTitle = Style(foreground: palette.accent, bold: true)
        selection = Style(foreground: palette.selectionText, background: palette.selection, bold: true)
        inactiveSelection = Style(background: palette.inactiveSelection)
        eraHeader = Style(foreground: palette.era, bold: true)
        date = Style(foreground: palette.muted)
        event = Style(foreground: palette.event)
        cooperative = Style(foreground: palette.cooperative, bold: true)
        conflictual = Style(foreground: palette.conflictual, bold: true)
        neutral = Style(foreground: palette.muted)
        articleTitle = Style(foreground: palette.era, bold: true)
        meta = Style(foreground: palette.muted)
        boilerplate = Style(foreground: palette.muted, dim: true)
        highlightBackground = palette.highlight
        match = Style(foreground: .black, background: palette.match)
        currentMatch = Style(foreground: .black, background: palette.currentMatch, bold: true)
        error = Style(foreground: palette.conflictual, background: palette.statusBar, bold: true)
        faint = Style(foreground: palette.muted)
        mentionColors = palette.mentions
    }
}

/// The colours one terminal class gets.
protocol Palette {
    var titleBar: Color { get }
    var statusBar: Color { get }
    var barText: Color { get }
    var accent: Color { get }
    var border: Color { get }
    var selection: Color { get }
    var selectionText: Color { get }
    var inactiveSelection: Color { get }
    var era: Color { get }
    var muted: Color { get }
    var event: Color { get }
    var cooperative: Color { get }
    var conflictual: Color { get }
    var highlight: Color { get }
    var match: Color { get }
    var currentMatch: Color { get }
    var mentions: [Actor.Kind: Color] { get }
}

struct Palette256: Palette {
    let titleBar = Color.indexed(24)
    let statusBar = Color.indexed(236)
    let barText = Color.indexed(253)
    let accent = Color.indexed(81)
    let border = Color.indexed(242)
    let selection = Color.indexed(25)
    let selectionText = Color.indexed(231)
    let inactiveSelection = Color.indexed(237)
    let era = Color.indexed(179)
    let muted = Color.indexed(245)
    let event = Color.indexed(146)
    let cooperative = Color.indexed(114)
    let conflictual = Color.indexed(203)
    let highlight = Color.indexed(238)
    let match = Color.indexed(186)
    let currentMatch = Color.indexed(214)
    let mentions: [Actor.Kind: Color] = [
        .state: .indexed(117), .organisation: .indexed(183), .person: .indexed(222), .body: .indexed(151),
    ]
}

struct Palette8: Palette {
    let titleBar = Color.blue
    let statusBar = Color.blue
    let barText = Color.white
    let accent = Color.cyan
    let border = Color.default
    let selection = Color.cyan
    let selectionText = Color.black
    let inactiveSelection = Color.blue
    let era = Color.yellow
    let muted = Color.default
    let event = Color.cyan
    let cooperative = Color.green
    let conflictual = Color.red
    let highlight = Color.blue
    let match = Color.yellow
    let currentMatch = Color.magenta
    let mentions: [Actor.Kind: Color] = [.state: .cyan, .organisation: .magenta, .person: .yellow, .body: .green]
}
