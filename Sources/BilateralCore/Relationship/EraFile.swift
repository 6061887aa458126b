import Foundation
import Yams

/// A user's era file, in JSON or YAML, in the catalogue's format; read with positions so that
/// every mistake is reported as `file:line:column: reason`.
public enum EraFile {
    /// The names looked for beside the articles when no `--eras` is given.
    public static let conventionalNames = ["eras.json", "eras.yaml", "eras.yml"]

    /// The era file in one of `directories`, if any holds one.
    public static func find(in directories: [String]) -> String? {
        for directory in directories {
            for name in conventionalNames {
                let path = (directory as NSString).appendingPathComponent(name)
                if FileManager.default.fileExists(atPath: path) { return path }
            }
        }
        return nil
    }

    /// Reads and checks the file at `path`.
    /// - Throws: `EraFileError` naming the file, the place and the reason.
    public static func load(path: String) throws(EraFileError) -> EraLibrary {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw EraFileError(path: path, reason: "cannot be read")
        }
        guard let text = String(data: data, encoding: .utf8) else {
            throw EraFileError(path: path, reason: "is not UTF-8 text")
        }
        return try parse(text, path: path)
    }

    /// Parses the text of an era file; `path` only names it in errors.
    public static func parse(_ text: String, path: String) throws(EraFileError) -> EraLibrary {
        let root: Node?
        do {
            root = try Yams.compose(yaml: text)
        } catch let error as YamlError {
            throw EraFileError(path: path, yaml: error)
        } catch {
            throw EraFileError(path: path, reason: String(describing: error))
        }
        guard let root, let mapping = root.mapping else {
            throw EraFileError(path: path, at: root, reason: "expected an object with \"relationships\" or \"eras\"")
        }
        let reader = EraFileReader(path: path)
        if let list = mapping["relationships"] {
            guard let items = list.sequence else { throw reader.error(list, "\"relationships\" must be a list") }
            var relationships: [EraCatalogue] = []
            for item in items { relationships.append(try reader.relationship(item)) }
            return EraLibrary(relationships: relationships)
        }
        return EraLibrary(relationships: [try reader.relationship(root)])
    }
}

/// A mistake in an era file, with where it is when the parser knows.
public struct EraFileError: Error, Equatable, CustomStringConvertible {
    public var path: String
    public var line: Int?
    public var column: Int?
    public var reason: String

    public init(path: String, line: Int? = nil, column: Int? = nil, reason: String) {
        self.path = path
        self.line = line
        self.column = column
        self.reason = reason
    }

    init(path: String, at node: Node?, reason: String) {
        self.init(path: path, line: node?.mark?.line, column: node?.mark?.column, reason: reason)
    }

    init(path: String, yaml error: YamlError) {
        switch error {
        case .scanner(_, let problem, let mark, _), .parser(_, let problem, let mark, _), .composer(_, let problem, let mark, _):
            self.init(path: path, line: mark.line, column: mark.column, reason: problem)
        case .reader(let problem, _, _, _):
            self.init(path: path, reason: problem)
        default:
            self.init(path: path, reason: String(describing: error))
        }
    }

    /// `eras.yaml:4:9: era "x" ends before it starts`.
    public var description: String {
        var place = path
        if let line { place += ":\(line)" }
        if let column { place += ":\(column)" }
        return "\(place): \(reason)"
    }
}
