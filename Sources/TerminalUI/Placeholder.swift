/// The terminal-independent rendering layer: cells, grids, layout, widgets and keys.
public enum TerminalUI {}
