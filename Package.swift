// swift-tools-version: 6.0
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
    ],
    targets: [
        // MARK: core
        .target(
            name: "BilateralCore",
            dependencies: [.product(name: "Yams", package: "Yams")],
            resources: [.copy("Resources/actors.json"), .copy("Resources/cues.json"), .copy("Resources/eras.json")]
        ),

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
        .executableTarget(
            name: "bilateral",
            dependencies: [
                "BilateralCore", "BilateralTUI", "NcursesBackend",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .executableTarget(name: "bilateral-bench", dependencies: ["BilateralCore"]),

        // MARK: tests
        .testTarget(name: "BilateralCoreTests", dependencies: ["BilateralCore"], resources: [.copy("Fixtures")]),
        .testTarget(name: "TerminalUITests", dependencies: ["TerminalUI"]),
        .testTarget(name: "NcursesBackendTests", dependencies: ["NcursesBackend", "TerminalUI", "CNcursesw"]),
        .testTarget(name: "EndToEndTests"),
        .testTarget(name: "BilateralTUITests", dependencies: ["BilateralTUI", "BilateralCore", "TerminalUI"]),
    ]
)
