// swift-tools-version: 6.1
import PackageDescription

// MARK: - core · terminal · app · tests

let package = Package(
    name: "bilateral",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "bilateral", targets: ["bilateral"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/jpsim/Yams", from: "5.0.1"),
        // the corpus store (SQLite)
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
        // CSV records (streamed row by row; quoted commas and line breaks, CRLF)
        .package(url: "https://github.com/yaslab/CSV.swift", from: "2.5.2"),
        // serve: the built-in SSH server
        .package(url: "https://github.com/apple/swift-nio-ssh", from: "0.15.1"),
        .package(url: "https://github.com/apple/swift-nio", from: "2.101.2"),
        .package(url: "https://github.com/apple/swift-crypto", "3.12.3"..<"4.0.0"),
        // Heap: the first-frame sample's first few articles of many
        .package(url: "https://github.com/apple/swift-collections", from: "1.6.0"),
    ],
    targets: [
        // MARK: core
        .target(
            name: "BilateralCore",
            dependencies: [
                .product(name: "Yams", package: "Yams"), .product(name: "GRDB", package: "GRDB.swift"),
                .product(name: "CSV", package: "CSV.swift"), "Markup",
                .product(name: "HeapModule", package: "swift-collections"),
            ],
            // The JSON data files are compiled in by the EmbedData plugin, not shipped as a bundle.
            exclude: ["Resources"],
            plugins: ["EmbedData", "ExtractionSourceDigest"]
        ),
        .executableTarget(name: "embed-data"),
        .plugin(name: "EmbedData", capability: .buildTool(), dependencies: ["embed-data"]),
        // The extractor version's code half: a digest of the sources that decide what the store keeps.
        .executableTarget(name: "source-digest"),
        .plugin(name: "ExtractionSourceDigest", capability: .buildTool(), dependencies: ["source-digest"]),

        // libxml2's HTML and XML parsers (and zlib) behind one small Swift target nothing else bypasses.
        .systemLibrary(
            name: "CLibxml2",
            pkgConfig: "libxml-2.0",
            providers: [.apt(["libxml2-dev", "zlib1g-dev"])]
        ),
        .target(name: "Markup", dependencies: ["CLibxml2"]),

        // MARK: terminal
        .systemLibrary(
            name: "CNcursesw",
            pkgConfig: "ncursesw",
            providers: [.apt(["libncursesw5-dev"])]
        ),
        .target(name: "TerminalUI"),
        .target(name: "NcursesBackend", dependencies: ["CNcursesw", "TerminalUI"]),

        // MARK: app
        .target(name: "BilateralTUI", dependencies: ["BilateralCore", "TerminalUI"]),
        .target(
            name: "BilateralServe",
            dependencies: [
                .product(name: "NIOSSH", package: "swift-nio-ssh"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOPosix", package: "swift-nio"),
                .product(name: "NIOConcurrencyHelpers", package: "swift-nio"),
                .product(name: "Crypto", package: "swift-crypto"),
            ]
        ),
        .executableTarget(
            name: "bilateral",
            dependencies: [
                "BilateralCore", "BilateralTUI", "NcursesBackend", "BilateralServe",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "Yams", package: "Yams"),
            ]
        ),
        .executableTarget(name: "bilateral-bench", dependencies: ["BilateralCore", "BilateralTUI", "TerminalUI"]),
        // `make fuzz`: the loader and the extractor under mutated inputs (a libFuzzer entry point too).
        .executableTarget(name: "bilateral-fuzz", dependencies: ["BilateralCore"]),

        // MARK: tests
        .testTarget(
            name: "BilateralCoreTests", dependencies: ["BilateralCore", .product(name: "GRDB", package: "GRDB.swift")],
            resources: [.copy("Fixtures")]
        ),
        .testTarget(name: "TerminalUITests", dependencies: ["TerminalUI"]),
        .testTarget(name: "MarkupTests", dependencies: ["Markup"]),
        .testTarget(name: "NcursesBackendTests", dependencies: ["NcursesBackend", "TerminalUI", "CNcursesw"]),
        .testTarget(name: "EndToEndTests"),
        // Snapshots are read and re-recorded in place through #filePath, so they are not bundled.
        .testTarget(
            name: "BilateralTUITests", dependencies: ["BilateralTUI", "BilateralCore", "TerminalUI"], exclude: ["Snapshots"]
        ),
        .testTarget(
            name: "BilateralServeTests",
            dependencies: [
                "BilateralServe",
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOPosix", package: "swift-nio"),
                .product(name: "NIOSSH", package: "swift-nio-ssh"),
                .product(name: "NIOConcurrencyHelpers", package: "swift-nio"),
                .product(name: "Crypto", package: "swift-crypto"),
            ],
            exclude: ["openssh-loopback.sh", "measure-sessions.sh"]
        ),
    ]
)
