import BilateralCore
import TerminalUI

/// The dashboard: state, actions, key map, panes.
public enum BilateralTUI {}
