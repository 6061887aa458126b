import Foundation

/// Lays a user's data file over the built-in one, as JSON values, before the file's own parser reads it, so
/// every data file (whatever its format) layers the same way:
/// - objects merge key by key;
/// - a list of objects merges by identity: a user entry whose `id` (else `code`, `pair`, `label`, `name`)
///   equals a built-in entry's replaces it in place, any other is added at the end;
/// - a list of words gains the user's words it lacks;
/// - any other value is replaced by the user's.
enum DataLayering {
    /// The keys that identify an entry, most specific first.
    static let identityKeys = ["id", "code", "pair", "label", "name"]

    static func merge(_ base: Any, _ user: Any) -> Any {
        switch (base, user) {
        case (let base as [String: Any], let user as [String: Any]):
            var merged = base
            for (key, value) in user {
                merged[key] = base[key].map { merge($0, value) } ?? value
            }
            return merged
        case (let base as [Any], let user as [Any]):
            return mergeLists(base, user)
        default:
            return user
        }
    }

    private static func mergeLists(_ base: [Any], _ user: [Any]) -> [Any] {
        var merged = base
        if base.allSatisfy({ $0 is [String: Any] }) && user.allSatisfy({ $0 is [String: Any] }) {
            for entry in user {
                if let key = identity(of: entry),
                   let index = merged.firstIndex(where: { identity(of: $0) == key }) {
                    merged[index] = entry
                } else {
                    merged.append(entry)
                }
            }
            return merged
        }
        var seen = Set(base.compactMap(canonical))
        for item in user {
            guard let key = canonical(item) else { merged.append(item); continue }
            if seen.insert(key).inserted { merged.append(item) }
        }
        return merged
    }

    /// The entry's identity: its first identity key and that key's value, written canonically.
    static func identity(of entry: Any) -> String? {
        guard let object = entry as? [String: Any] else { return nil }
        for key in identityKeys {
            if let value = object[key], let text = canonical(value) { return key + "=" + text }
        }
        return nil
    }

    /// A value as sorted-key JSON, to compare values of any type.
    private static func canonical(_ value: Any) -> String? {
        guard JSONSerialization.isValidJSONObject([value]),
              let data = try? JSONSerialization.data(withJSONObject: [value], options: [.sortedKeys]) else { return nil }
        return String(decoding: data, as: UTF8.self)
    }
}
