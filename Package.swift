// swift-tools-version: 6.0
import PackageDescription

let package = Package(
    name: "bibplan",
    products: [
        .executable(name: "bibplan", targets: ["bibplan"]),
    ],
    targets: [
        // The only C: ncursesw through a module map and a shim header.
        .systemLibrary(name: "CNcurses", path: "Sources/CNcurses"),

        // The model: types, schema 1 reader and writer, validation, recurrence, queries, store.
        .target(name: "BibplanCore", path: "Sources/BibplanCore"),

        // The application: state, actions, update, rendering into a cell grid. No terminal I/O.
        .target(name: "BibplanUI", dependencies: ["BibplanCore"], path: "Sources/BibplanUI"),

        // The command line: arguments, data directory, plain-text and JSON commands.
        .target(name: "BibplanCommands", dependencies: ["BibplanCore"], path: "Sources/BibplanCommands"),

        // The only code that calls ncurses.
        .target(name: "BibplanTerminal", dependencies: ["BibplanUI", "CNcurses"], path: "Sources/BibplanTerminal"),

        // Sample libraries from Resources/, compiled into the binary.
        .executableTarget(name: "bibplan-embed", path: "Sources/EmbedGenerator"),
        .plugin(name: "EmbedResources", capability: .buildTool(), dependencies: ["bibplan-embed"]),
        .target(name: "BibplanResources", path: "Sources/BibplanResources",
                plugins: ["EmbedResources"]),

        // Wiring: arguments, subcommands, the run loop.
        .executableTarget(name: "bibplan",
                          dependencies: ["BibplanCore", "BibplanCommands", "BibplanUI", "BibplanTerminal", "BibplanResources"],
                          path: "Sources/bibplan"),

        // Many processes changing one library through the store at once (issue: many people).
        .executableTarget(name: "bibplan-stress", dependencies: ["BibplanCore"], path: "Sources/StressTool"),
        // Timings of load, expansion, rendering, keys and saves on a generated library.
        .executableTarget(name: "bibplan-bench", dependencies: ["BibplanCore", "BibplanUI"], path: "Sources/Bench"),

        .testTarget(name: "BibplanCoreTests", dependencies: ["BibplanCore", "BibplanResources"]),
        .testTarget(name: "BibplanCommandsTests", dependencies: ["BibplanCommands", "BibplanCore", "BibplanResources"],
                    exclude: ["Calendars"]),
        // Runs the built binary in tmux, as a person would.
        .testTarget(name: "BibplanEndToEndTests", dependencies: ["bibplan", "bibplan-stress", "BibplanCore"]),
        .testTarget(name: "BibplanUITests", dependencies: ["BibplanUI", "BibplanCore", "BibplanResources"],
                    exclude: ["Golden"]),
        // The terminal layer's pure parts (key codes, the screen diff): built and run without a terminal.
        .testTarget(name: "BibplanTerminalTests", dependencies: ["BibplanTerminal", "BibplanUI", "BibplanCore", "CNcurses"]),
    ]
)
