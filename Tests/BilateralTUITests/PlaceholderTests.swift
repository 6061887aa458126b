import Testing
@testable import BilateralTUI
