// swift-tools-version: 6.0
import PackageDescription

/// Newsmill: a distributed article-ingest pipeline.
///
/// Layout (one module per concern):
/// - `C*` targets: thin system-library shims over libzmq, libarchive, libxml2, uchardet and CLD2 (no logic).
/// - `ZeroMQ`: a small safe Swift wrapper over libzmq.
/// - `NewsmillCore`: the pure extraction core (bytes in, records out; no sockets, no files).
/// - `NewsmillInputs`: readers for directories, archives and compressed files (streaming).
/// - `NewsmillProtocol`: the versioned wire format between the roles.
/// - `NewsmillStore`: the SQLite store (GRDB, WAL, FTS5).
/// - `NewsmillLedger`: the producer's durable job ledger (SQLite), from which a restarted producer resumes.
/// - `NewsmillPipeline`: the producer, worker and collector roles and process supervision.
/// - `newsmill`: the command-line tool, one file per subcommand.
let package = Package(
    name: "Newsmill",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "newsmill", targets: ["newsmill"]),
        .library(name: "NewsmillCore", targets: ["NewsmillCore"]),
        .library(name: "ZeroMQ", targets: ["ZeroMQ"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/apple/swift-log", from: "1.16.2"),
        .package(url: "https://github.com/apple/swift-crypto", from: "3.12.3"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
    ],
    targets: [
        // MARK: C shims
        // libzmq's pkg-config file adds -isystem flags SwiftPM refuses; its header and library live in
        // the default paths, so CZeroMQ names neither (deploy/bootstrap.sh installs libzmq3-dev).
        .systemLibrary(name: "CZeroMQ"),
        .systemLibrary(name: "CArchive", pkgConfig: "libarchive", providers: [.apt(["libarchive-dev"])]),
        .systemLibrary(name: "CLibXML2", pkgConfig: "libxml-2.0", providers: [.apt(["libxml2-dev"])]),
        .systemLibrary(name: "CUchardet", pkgConfig: "uchardet", providers: [.apt(["libuchardet-dev"])]),
        // CLD2 has only a C++ API: one extern "C" function calls it (no logic); Debian's libcld2-dev.
        .target(name: "CCLD2", linkerSettings: [.linkedLibrary("cld2")]),

        // MARK: Libraries
        .target(name: "ZeroMQ", dependencies: ["CZeroMQ"]),
        .target(
            name: "NewsmillCore",
            dependencies: [
                "CLibXML2", "CUchardet", "CCLD2",
                .product(name: "Crypto", package: "swift-crypto"),
            ],
            resources: [.copy("Intelligence/Resources")]
        ),
        .target(name: "NewsmillInputs", dependencies: ["CArchive", "NewsmillCore"]),
        .target(name: "NewsmillProtocol", dependencies: ["NewsmillCore"]),
        .target(
            name: "NewsmillStore",
            dependencies: ["NewsmillCore", .product(name: "GRDB", package: "GRDB.swift")]
        ),
        .target(name: "NewsmillLedger", dependencies: [.product(name: "GRDB", package: "GRDB.swift")]),
        .target(
            name: "NewsmillPipeline",
            dependencies: [
                "ZeroMQ", "NewsmillCore", "NewsmillInputs", "NewsmillProtocol", "NewsmillStore", "NewsmillLedger",
                .product(name: "Logging", package: "swift-log"),
            ]
        ),

        // MARK: Executable
        .executableTarget(
            name: "newsmill",
            dependencies: [
                "NewsmillCore", "NewsmillInputs", "NewsmillStore", "NewsmillLedger", "NewsmillPipeline",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "Logging", package: "swift-log"),
            ]
        ),

        // MARK: Tests (mirroring the modules)
        .target(name: "NewsmillTestSupport", path: "Tests/NewsmillTestSupport"),
        .testTarget(name: "ZeroMQTests", dependencies: ["ZeroMQ"]),
        .testTarget(
            name: "NewsmillCoreTests",
            dependencies: ["NewsmillCore", "NewsmillTestSupport"],
            resources: [.copy("Fixtures")]
        ),
        .testTarget(
            name: "NewsmillInputsTests",
            dependencies: ["NewsmillInputs", "NewsmillCore", "CArchive", "NewsmillTestSupport"]
        ),
        .testTarget(name: "NewsmillProtocolTests", dependencies: ["NewsmillProtocol", "NewsmillCore"]),
        .testTarget(
            name: "NewsmillStoreTests",
            dependencies: ["NewsmillStore", "NewsmillCore", .product(name: "GRDB", package: "GRDB.swift")]
        ),
        .testTarget(name: "NewsmillLedgerTests", dependencies: ["NewsmillLedger"]),
        .testTarget(
            name: "NewsmillPipelineTests",
            dependencies: [
                "NewsmillPipeline", "NewsmillProtocol", "NewsmillStore", "NewsmillLedger", "NewsmillCore", "ZeroMQ", "newsmill",
                "NewsmillTestSupport",
            ],
            resources: [.copy("Fixtures")]
        ),
    ],
    swiftLanguageModes: [.v6]
)
