/// Something that draws itself into a rectangle of a grid.
public protocol Widget {
    func render(in area: Rect, into grid: inout Grid)
}
