import Testing
@testable import NcursesBackend
