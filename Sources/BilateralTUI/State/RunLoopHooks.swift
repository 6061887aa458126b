import Foundation

/// Points in the run loop's background work where a test can hold a thread, to make one ordering
/// of the loading hand-over, a query and the whole state's build happen every time (the order
/// otherwise depends on how busy the machine is). Set for a test with `$current.withValue`; the
/// dashboard itself never sets them.
struct RunLoopHooks: Sendable {
    /// Called on the worker's thread before each query is worked out, with the number of articles of its model.
    var beforeQuery: @Sendable (_ articles: Int) -> Void = { _ in }
    /// Called on the builder's thread before the whole state is built.
    var beforeBuild: @Sendable () -> Void = {}

    @TaskLocal static var current = RunLoopHooks()
}
