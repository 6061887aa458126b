import Testing
@testable import BilateralCore

/// Shingles, signatures and the exact similarity: fixed functions, estimates near the truth.
@Suite struct MinHashTests {
    static let story = """
        Japan and Russia agreed on Monday to reopen talks on the quotas that allow Japanese boats to catch salmon \
        in Russian waters, after a winter in which the two sides had stopped meeting. The fisheries agencies of both \
        countries will hold a first round in Moscow later this month, officials in Tokyo said.
        """

    @Test func shinglesAreFixedFunctionsOfTheWords() {
        let hashes = WordShingles.hashes(of: Substring(Self.story))
        // 53 words make 49 five-word shingles.
        #expect(hashes.count == 49)
        // A literal: Swift's Hasher is seeded per process, so equal results within one run would prove nothing.
        #expect(WordShingles.hashes(of: "one two three four five") == [WordShingles.hashes(of: "ONE two, three; four -- five!")[0]])
        #expect(hashes.first == 0x1B9E_8F5D_B618_94D5)
    }

    @Test func caseSpacingAndPunctuationDoNotTellCopiesApart() {
        let curly = WordShingles.hashes(of: "Japan’s envoy said “no” — twice… in Moscow")
        let straight = WordShingles.hashes(of: "japan's envoy   said \"no\" - twice... in MOSCOW")
        #expect(curly == straight)
        #expect(WordShingles.hashes(of: "Japan's envoy said no twice in Tokyo") != straight)
    }

    @Test func aTextShorterThanAShingleIsOneShingle() {
        #expect(WordShingles.hashes(of: "Tokyo protests").count == 1)
        #expect(WordShingles.hashes(of: " ,;- ").isEmpty)
        #expect(MinHashSignature(shingles: []) == nil)
    }

    @Test func exactJaccardOfSortedSets() {
        #expect(ShingleSimilarity.jaccard([1, 2, 3, 4], [3, 4, 5, 6]) == 2.0 / 6.0)
        #expect(ShingleSimilarity.jaccard([1, 2], [1, 2]) == 1)
        #expect(ShingleSimilarity.jaccard([1, 2], [3]) == 0)
    }

    @Test func signaturesAreDeterministicAndEstimateTheJaccardSimilarity() throws {
        // Two sets of 1000 hashes sharing 600: J = 600 / 1400 ≈ 0.43.
        let shared = (0..<600).map { Mixing.mix(UInt64($0)) }
        let first = shared + (600..<1000).map { Mixing.mix(UInt64($0)) }
        let second = shared + (1000..<1400).map { Mixing.mix(UInt64($0)) }
        let a = try #require(MinHashSignature(shingles: first))
        let b = try #require(MinHashSignature(shingles: second))
        #expect(a == MinHashSignature(shingles: first.reversed()))
        #expect(a.values.count == MinHashSignature.bins)
        #expect(a.estimatedSimilarity(to: a) == 1)
        let exact = ShingleSimilarity.jaccard(first.sorted(), second.sorted())
        #expect(abs(a.estimatedSimilarity(to: b) - exact) < 0.12)
        // Few shingles leave most bins empty; densification fills every one from a shingle that is there.
        let small = try #require(MinHashSignature(shingles: [7, 8, 9]))
        let kept = Set([7, 8, 9].map { Mixing.mix(UInt64($0) ^ 0x6269_6C61_7465_7261) & (UInt64.max >> 7) })
        #expect(Set(small.values).isSubset(of: kept))
    }

    @Test func bandsAgreeExactlyWhereTheirBinsDo() throws {
        let a = try #require(MinHashSignature(shingles: (0..<300).map { Mixing.mix(UInt64($0)) }))
        let keys = a.bandKeys(rows: 4)
        #expect(keys.count == 32)
        #expect(Set(keys).count == 32)
        #expect(keys == a.bandKeys(rows: 4))
    }
}
