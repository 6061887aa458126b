import CNcursesw

/// The curses bits behind `CellAttributes`, read once from the headers' macros.
struct AttributeBits: Sendable {
    let bold = bilateral_a_bold()
    let dim = bilateral_a_dim()
    let reverse = bilateral_a_reverse()
    let underline = bilateral_a_underline()

    func bits(_ attributes: CellAttributes) -> attr_t {
        var result = bilateral_a_normal()
        if attributes.contains(.bold) { result |= bold }
        if attributes.contains(.dim) { result |= dim }
        if attributes.contains(.reverse) { result |= reverse }
        if attributes.contains(.underline) { result |= underline }
        return result
    }
}
