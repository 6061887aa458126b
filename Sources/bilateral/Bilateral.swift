import ArgumentParser

@main
struct Bilateral: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bilateral",
        abstract: "Read how two countries' relations move through a corpus of articles.",
        version: "0.1.0",
        subcommands: [Browse.self, Export.self, Eval.self, Serve.self, StoreCommand.self, Gold.self, DataCommand.self],
        defaultSubcommand: Browse.self
    )
}
