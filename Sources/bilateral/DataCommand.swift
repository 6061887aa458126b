import ArgumentParser
import BilateralCore
import Foundation

/// `bilateral data`: the built-in data files, as a starting point for the user's own.
struct DataCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "data",
        abstract: "Show the built-in data files (actors, cues, eras) and where your own copies are read from.",
        subcommands: [Dump.self, Folder.self]
    )

    struct Dump: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Print a built-in data file: actors, cues or eras.",
            discussion: """
                Save it as ~/.config/bilateral/NAME.json (or in a folder given with --data) and edit it: entries \
                there add to or replace the built-in ones with the same id.
                """
        )

        @Argument(help: "actors, cues or eras")
        var name: String

        func validate() throws {
            guard DataFile(named: name) != nil else {
                throw ValidationError("no data file '\(name)': use one of \(DataFile.allCases.map(\.rawValue).joined(separator: ", "))")
            }
        }

        func run() throws {
            try reportingFailures {
                guard let file = DataFile(named: name) else { return }
                do {
                    FileHandle.standardOutput.write(try file.builtinData())
                } catch {
                    throw CommandFailure(String(describing: error))
                }
            }
        }
    }

    struct Folder: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "folder", abstract: "Print the folder your own data files are read from.")

        func run() {
            print(DataFiles.userFolder(environment: ProcessInfo.processInfo.environment) ?? "(none: HOME is not set)")
        }
    }
}
