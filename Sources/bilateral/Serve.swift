import ArgumentParser
import BilateralCore
import BilateralServe
import Foundation

struct Serve: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Host the dashboard over SSH: `ssh -p PORT demo@HOST` opens it, with no account and no shell.")

    @Option(help: "Address to listen on.")
    var host = "127.0.0.1"

    @Option(help: "Port to listen on.")
    var port = 2222

    @Option(help: "The ed25519 host key (OpenSSH format; made on first run). Default: $XDG_STATE_HOME/bilateral/host_ed25519_key.")
    var hostKey: String?

    @Option(help: "Accept only the ssh-ed25519 and ecdsa keys in this OpenSSH authorized_keys file. Without it anyone may connect.")
    var authorizedKeys: String?

    @Option(help: "Sessions at once; the next client is told the server is full.")
    var maxSessions = 32

    @Option(help: "Seconds without input before a session ends (0: never).")
    var idleTimeout = 600

    @Option(help: "New connections allowed per address per minute (0: no limit).")
    var rateLimit = 30

    @Option(help: "The relationship each session opens on (ids or names: IND-CHN); default: the pair with the most stances.")
    var pair: String?

    @Option(help: "An era file each session reads (default: eras.json or eras.yaml beside the articles).")
    var eras: String?

    @Flag(help: "Each session counts near-duplicate articles each on its own instead of once.")
    var keepDuplicates = false

    @Argument(help: "Article files or directories each session's dashboard reads (default: the seeds).")
    var paths: [String] = []

    @Option(name: .customLong("data"), help: ArgumentHelp("A folder of data files each session lays over the built-in data.", valueName: "dir"))
    var dataFolder: String?

    @Option(help: ArgumentHelp("Which column of CSV and JSON Lines records holds which part, as browse takes it.", valueName: "part=column,..."))
    var columns: String?

    /// The data files each session reads: `--data`, else the user's folder.
    var dataFiles: DataFiles {
        dataFolder.map { DataFiles(folder: $0, folderRequired: true) }
            ?? DataFiles(folder: DataFiles.userFolder(environment: ProcessInfo.processInfo.environment))
    }

    func validate() throws {
        guard (0...65535).contains(port) else { throw ValidationError("--port must be between 0 and 65535") }
        guard maxSessions >= 1 else { throw ValidationError("--max-sessions must be at least 1") }
        guard idleTimeout >= 0, rateLimit >= 0 else {
            throw ValidationError("--idle-timeout and --rate-limit cannot be negative")
        }
        // Checked here, once, rather than by every session's dashboard: against the user's actors too.
        if let columns {
            do {
                _ = try RecordColumns(parsing: columns)
            } catch {
                throw ValidationError("--columns: \(error.description)")
            }
        }
        if pair != nil {
            let gazetteer: Gazetteer
            do {
                gazetteer = try dataFiles.gazetteer()
            } catch {
                throw CommandFailure(String(describing: error))
            }
            _ = try CorpusOptions.resolve(pair: pair, gazetteer: gazetteer)
        }
    }

    func run() throws {
        try reportingFailures {
            // Each session re-runs this very binary as `bilateral browse PATH...`: through /proc/self/exe, so a
            // rebuilt or deleted file on disk changes nothing; argv[0] keeps the real path, where the seeds are looked for.
            guard let realPath = try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe") else {
                throw CommandFailure(ServeError.noExecutable.description)
            }
            let workingDirectory = FileManager.default.currentDirectoryPath
            let absolutePaths = paths.map { path in
                path.hasPrefix("/") ? path : workingDirectory + "/" + path
            }
            // The data folder is checked here, so a bad user file stops the server rather than every session.
            let data = dataFolder.map { $0.hasPrefix("/") ? $0 : workingDirectory + "/" + $0 }
            do {
                _ = try (data.map { DataFiles(folder: $0, folderRequired: true) }
                    ?? DataFiles(folder: DataFiles.userFolder(environment: ProcessInfo.processInfo.environment))).extractor()
            } catch {
                throw CommandFailure(String(describing: error))
            }
            let dataArguments = data.map { ["--data", $0] } ?? []
            var focus: [String] = []
            if let pair { focus += ["--pair", pair] }
            if keepDuplicates { focus.append("--keep-duplicates") }
            if let eras { focus += ["--eras", eras.hasPrefix("/") ? eras : workingDirectory + "/" + eras] }
            if let columns { focus += ["--columns", columns] }
            var configuration = ServeConfiguration(
                childExecutable: "/proc/self/exe", childArgumentZero: realPath,
                childArguments: ["browse", "--no-state", "--no-editor"] + focus + dataArguments + absolutePaths)
            configuration.host = host
            configuration.port = port
            configuration.hostKeyPath = hostKey
            configuration.authorizedKeysPath = authorizedKeys
            configuration.maxSessions = maxSessions
            configuration.idleTimeout = idleTimeout
            configuration.connectionsPerMinute = rateLimit
            do {
                try SSHServer(configuration: configuration).run()
            } catch let error as ServeError {
                throw CommandFailure(error.description)
            }
        }
    }
}
