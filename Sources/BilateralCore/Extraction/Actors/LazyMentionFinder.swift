import Synchronization

/// An extractor's mention finder, built once on first use and shared by every copy of the extractor.
///
/// Opening a corpus whose files are all stored and current reads the results back and extracts nothing, so the
/// index of every gazetteer name (the costly part of an extractor) is never built then.
final class LazyMentionFinder: Sendable {
    private let gazetteer: Gazetteer
    private let built = Mutex<MentionFinder?>(nil)

    init(gazetteer: Gazetteer) {
        self.gazetteer = gazetteer
    }

    /// True once the finder has been built (a warm open never builds it).
    var isBuilt: Bool { built.withLock { $0 != nil } }

    /// The finder, built by the first caller (the others wait for it rather than build their own).
    var value: MentionFinder {
        built.withLock { finder in
            if let finder { return finder }
            let made = MentionFinder(gazetteer: gazetteer)
            finder = made
            return made
        }
    }
}
