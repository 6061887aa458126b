import TerminalUI

/// Hands out curses colour-pair numbers for (foreground, background) combinations as they appear.
///
/// Pair 0 is the terminal's default pair and is never reallocated; when the table is full
/// further combinations fall back to it rather than evicting pairs still on screen.
///
/// With `plainHasOwnPair`, default-on-default text gets a pair of its own (same colours as
/// pair 0) when the terminal takes -1 for its defaults: curses resets with `sgr0` on every
/// change back to pair 0 with no attributes (`ESC[39m ESC(B ESC[m` after each coloured word),
/// but only with `op`/`setaf` (`ESC[39m`) on a change to another pair.
struct ColorPairTable: Sendable {
    /// A pair of curses colour numbers, -1 meaning the terminal's default.
    struct Pair: Sendable, Hashable {
        var foreground: Int16
        var background: Int16
    }

    /// 0 (no colour), 8 or 256.
    let colors: Int
    /// How many pairs the terminal supports (`COLOR_PAIRS`), pair 0 included.
    let capacity: Int
    /// Whether -1 (`use_default_colors`) may be used for the default colour.
    let defaultColorsAllowed: Bool
    /// Whether default-on-default text takes a pair of its own rather than pair 0.
    let plainHasOwnPair: Bool
    private(set) var numbers: [Pair: Int16] = [:]
    /// Pairs allocated since the last `drainNew()`, for the caller to `init_pair`.
    private(set) var pendingInitialisation: [(number: Int16, pair: Pair)] = []

    init(colors: Int, capacity: Int, defaultColorsAllowed: Bool = true, plainHasOwnPair: Bool = false) {
        self.colors = colors
        self.capacity = min(capacity, Int(Int16.max))
        self.defaultColorsAllowed = defaultColorsAllowed
        self.plainHasOwnPair = plainHasOwnPair && defaultColorsAllowed
    }

    /// The pair number for `style`'s colours, allocating one when needed.
    mutating func number(for style: Style) -> Int16 {
        guard colors > 0 else { return 0 }
        let pair = Pair(
            foreground: curses(style.foreground, isBackground: false),
            background: curses(style.background, isBackground: true)
        )
        if pair == defaultPair, !plainHasOwnPair { return 0 }
        if let existing = numbers[pair] { return existing }
        let next = numbers.count + 1
        guard next < capacity else { return 0 }
        let number = Int16(next)
        numbers[pair] = number
        pendingInitialisation.append((number, pair))
        return number
    }

    /// The pairs allocated since the last call, emptied.
    mutating func drainNew() -> [(number: Int16, pair: Pair)] {
        defer { pendingInitialisation.removeAll() }
        return pendingInitialisation
    }

    private var defaultPair: Pair {
        Pair(foreground: curses(.default, isBackground: false), background: curses(.default, isBackground: true))
    }

    /// The curses colour number for `color` on a terminal with `colors` colours.
    func curses(_ color: Color, isBackground: Bool) -> Int16 {
        switch color {
        case .default:
            if defaultColorsAllowed { return -1 }
            return isBackground ? 0 : 7
        case .black: return 0
        case .red: return 1
        case .green: return 2
        case .yellow: return 3
        case .blue: return 4
        case .magenta: return 5
        case .cyan: return 6
        case .white: return 7
        case .indexed(let index):
            if colors >= 256 { return Int16(index) }
            return Int16(ColorPairTable.nearestBasic(index))
        }
    }

    /// The closest of the eight ANSI colours to a 256-colour index.
    static func nearestBasic(_ index: UInt8) -> Int {
        switch index {
        case 0..<8:
            return Int(index)
        case 8..<16:
            return Int(index) - 8
        case 16..<232:
            // The 6×6×6 cube: threshold each channel at its middle.
            let cube = Int(index) - 16
            let red = cube / 36 >= 3 ? 1 : 0
            let green = (cube / 6) % 6 >= 3 ? 1 : 0
            let blue = cube % 6 >= 3 ? 1 : 0
            return red | green << 1 | blue << 2
        default:
            // The grey ramp: dark greys read as black, light ones as white.
            return index < 244 ? 0 : 7
        }
    }
}
