import Foundation
import Testing

/// Checks the shape of the shipped actor gazetteer, independent of the code that loads it.
@Suite struct ActorsFileTests {
    /// Read from the source tree because the test target cannot reach BilateralCore's bundle directly.
    static func loadActors() throws -> [[String: Any]] {
        let url = URL(fileURLWithPath: #filePath)
            .deletingLastPathComponent()
            .appendingPathComponent("../../../Sources/BilateralCore/Resources/actors.json")
            .standardizedFileURL
        let data = try Data(contentsOf: url)
        let root = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        #expect(root["schema"] as? Int == 1)
        return try #require(root["actors"] as? [[String: Any]])
    }

    static func strings(_ actor: [String: Any], _ key: String) -> [String] {
        actor[key] as? [String] ?? []
    }

    @Test func hasEnoughEntriesOfEveryKind() throws {
        let actors = try Self.loadActors()
        #expect(actors.count >= 120)
        let kinds = actors.compactMap { $0["kind"] as? String }
        #expect(kinds.count == actors.count)
        #expect(Set(kinds).isSubset(of: ["state", "organisation", "person", "body"]))
        #expect(kinds.filter { $0 == "state" }.count >= 55)
        #expect(kinds.filter { $0 == "organisation" }.count >= 15)
        #expect(kinds.filter { $0 == "person" }.count >= 55)
    }

    @Test func idsAreUniqueAndAffiliationsResolve() throws {
        let actors = try Self.loadActors()
        let ids = actors.compactMap { $0["id"] as? String }
        #expect(ids.count == actors.count)
        #expect(Set(ids).count == ids.count)
        let known = Set(ids)
        for actor in actors {
            let id = actor["id"] as? String ?? "?"
            let kind = actor["kind"] as? String
            let affiliation = actor["affiliation"] as? String
            if kind == "person" || kind == "body" {
                #expect(affiliation != nil, "\(id) needs an affiliation")
            }
            if let affiliation { #expect(known.contains(affiliation), "\(id) → \(affiliation)") }
            if kind == "state" {
                #expect(id.count == 3 && id == id.uppercased(), "\(id) is not alpha-3")
            }
            if kind == "person" {
                #expect(id == id.lowercased(), "\(id) is not a slug")
            }
        }
    }

    @Test func rolesHavePartialDatesInOrder() throws {
        let actors = try Self.loadActors()
        let known = Set(actors.compactMap { $0["id"] as? String })
        let pattern = /\d{4}(-\d{2}(-\d{2})?)?/
        for actor in actors {
            for role in actor["roles"] as? [[String: Any]] ?? [] {
                let from = try #require(role["from"] as? String)
                #expect(from.wholeMatch(of: pattern) != nil, "\(from)")
                #expect(known.contains(role["of"] as? String ?? ""))
                if let to = role["to"] as? String {
                    #expect(to.wholeMatch(of: pattern) != nil, "\(to)")
                    #expect(from <= to, "\(from) after \(to)")
                }
            }
        }
    }

    @Test func namePhrasesBelongToOneActor() throws {
        var owners: [String: Set<String>] = [:]
        for actor in try Self.loadActors() {
            let id = actor["id"] as? String ?? "?"
            for key in ["aliases", "adjectives", "metonyms", "titles"] {
                for phrase in Self.strings(actor, key) {
                    #expect(!phrase.isEmpty && phrase == phrase.trimmingCharacters(in: .whitespaces))
                    owners[phrase, default: []].insert(id)
                }
            }
        }
        let shared = owners.filter { $0.value.count > 1 }.keys.sorted()
        // A shared name is resolved by the article (MentionFinder+SharedNames); the built-in data shares only "Congo"
        // (the two Congos) and "Korea" (the two Koreas), and only as aliases, never as adjectives or titles.
        #expect(shared == ["Congo", "Korea"], "\(shared)")
        for actor in try Self.loadActors() {
            for key in ["adjectives", "titles"] {
                #expect(!Self.strings(actor, key).contains("Congo") && !Self.strings(actor, key).contains("Korea"))
            }
        }
    }

    @Test func coversTheNamesTheContractFixes() throws {
        var owner: [String: String] = [:]
        for actor in try Self.loadActors() {
            let id = actor["id"] as? String ?? "?"
            for key in ["aliases", "adjectives", "metonyms", "surnames"] {
                for phrase in Self.strings(actor, key) where owner[phrase] == nil { owner[phrase] = id }
            }
        }
        let expected: [String: String] = [
            "Soviet": "RUS", "USSR": "RUS", "Soviet Union": "RUS", "Russo-": "RUS", "the Kremlin": "RUS",
            "Sino-": "CHN", "Beijing": "CHN", "US": "USA", "U.S.": "USA", "America": "USA",
            "American": "USA", "the United States": "USA", "Washington": "USA", "Britain": "GBR",
            "UK": "GBR", "British": "GBR", "Tokyo": "JPN", "Kiev": "UKR", "Kyiv": "UKR",
            "Brussels": "EU", "Pyongyang": "PRK", "Seoul": "KOR", "Frank Walter Steinmeier": "frank-walter-steinmeier",
            "Sergei Lavrov": "sergey-lavrov", "Zelenskyy": "volodymyr-zelensky", "Taiwan": "TWN",
        ]
        for (phrase, id) in expected {
            #expect(owner[phrase] == id, "\(phrase) → \(owner[phrase] ?? "nothing")")
        }
    }
}
