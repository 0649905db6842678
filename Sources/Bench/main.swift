import BibplanCore
import BibplanUI
import Foundation

// bibplan-bench: times the core and the pure UI on the generated default library.
//
//   swift build -c release --scratch-path .build-bench && .build-bench/release/bibplan-bench [--append BENCHMARKS.md]
//
// Options: --append FILE (append the table with the date and the machine),
// --seed N (default 1), --quick (fewer runs, for a smoke test), --only TEXT
// (only the measurements with TEXT in their name, e.g. to profile one step).

struct BenchArguments {
    var appendPath: String?
    var seed: UInt64 = 1
    var quick = false

    static func parse(_ list: [String]) -> BenchArguments {
        var parsed = BenchArguments()
        var arguments = list[...]
        while let argument = arguments.popFirst() {
            switch argument {
            case "--append": parsed.appendPath = arguments.popFirst()
            case "--seed": parsed.seed = arguments.popFirst().flatMap { UInt64($0) } ?? parsed.seed
            case "--quick": parsed.quick = true
            case "--only": onlyMeasuring = arguments.popFirst()
            case "-h", "--help":
                print("usage: bibplan-bench [--append FILE] [--seed N] [--quick] [--only TEXT]")
                exit(0)
            default:
                FileHandle.standardError.write(Data("bibplan-bench: unknown argument \(argument)\n".utf8))
                exit(2)
            }
        }
        return parsed
    }
}

let settings = BenchArguments.parse(Array(CommandLine.arguments.dropFirst()))
let appendPath = settings.appendPath, seed = settings.seed, quick = settings.quick

func runs(_ full: Int) -> Int { quick ? max(2, full / 5) : full }
func progress(_ text: String) { FileHandle.standardError.write(Data(("… " + text + "\n").utf8)) }

var results: [Measurement] = []
let today = Day(year: 2026, month: 11, day: 23) ?? Day(ordinal: 0)

// MARK: The library, in memory and on disk

let options = LibraryGenerator.Options(seed: seed)
progress("generating the default library (seed \(seed))")
var generated: Library?
results.append(measure("generate the library (seed \(seed), in memory)", runs: 1, warmup: 0) {
    generated = LibraryGenerator.generate(options)
})
let library = generated ?? LibraryGenerator.generate(options)
var encoded: [UInt8] = []
results.append(measure("encode (LibraryCodec.encode)", runs: runs(10)) { encoded = LibraryCodec.encode(library) })
if encoded.isEmpty { encoded = LibraryCodec.encode(library) } // skipped by --only

let directory = FileManager.default.temporaryDirectory.appendingPathComponent("bibplan-bench-\(getpid())").path
try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
defer { try? FileManager.default.removeItem(atPath: directory) }
let store = try LibraryStore(path: directory)
var fingerprint = try store.save(library, over: nil)

progress("load, index, expand")
results.append(measure("load: read file + decode + validate (LibraryStore.load)", runs: runs(10),
                      note: "\(encoded.count / 1024) KiB file") {
    consume(try? store.load(library.id))
})
results.append(measure("  decode + validate only (LibraryCodec.decode, in memory)", runs: runs(10)) {
    consume(try? LibraryCodec.decode(encoded, file: "stor.json"))
})
results.append(measure("  validate only (LibraryValidator)", runs: runs(10)) {
    consume(LibraryValidator.problems(in: library, file: "stor.json").count)
})
var built: LibraryIndex?
results.append(measure("build LibraryIndex", runs: runs(10)) { built = LibraryIndex(library) })
let index = built ?? LibraryIndex(library)
let year = DayRange(Day(year: 2027, month: 1, day: 1) ?? today, Day(year: 2027, month: 12, day: 31) ?? today)
var yearCount = 0
results.append(measure("expand one year of occurrences (2027)", runs: runs(10)) { yearCount = index.occurrences(in: year).count })
results[results.count - 1] = Measurement(name: results[results.count - 1].name, milliseconds: results[results.count - 1].milliseconds,
                                         note: "\(yearCount) occurrences")
results.append(measure("occurrences of one day (today's agenda)", runs: runs(50)) { consume(index.occurrences(on: today).count) })
results.append(measure("startup in-process: load + index + first frame 80x24", runs: runs(10)) {
    guard let (_, index) = try? store.loadIndexed(library.id) else { return } // as the program opens a library
    consume(render(AppState(index: index, today: today, language: .danish)))
})

// MARK: Rendering each pane

progress("rendering")
struct View {
    let name: String
    let pane: Pane
    let mode: CalendarState.Mode
}
let views = [
    View(name: "calendar, day", pane: .calendar, mode: .day), View(name: "calendar, week", pane: .calendar, mode: .week),
    View(name: "calendar, month", pane: .calendar, mode: .month), View(name: "goals", pane: .goals, mode: .day),
    View(name: "initiatives", pane: .initiatives, mode: .day), View(name: "volunteers", pane: .volunteers, mode: .day),
]
let sizes = [(80, 24), (200, 50)]

func state(_ view: View, width: Int, height: Int) -> AppState {
    var state = AppState(index: index, today: today, language: .danish, width: width, height: height)
    state.pane = view.pane
    state.calendar.mode = view.mode
    return state
}

for (width, height) in sizes {
    for view in views {
        let prepared = state(view, width: width, height: height)
        results.append(measure("render \(view.name) \(width)x\(height)", runs: runs(30), warmup: 2) { consume(render(prepared)) })
    }
}

// MARK: One key press: update + render, as the run loop does it

progress("key presses")
func keys(_ name: String, _ view: View, width: Int, height: Int, _ sequence: [Key], presses: Int) -> Measurement {
    var current = state(view, width: width, height: height)
    consume(render(current))
    return measureEach("key: \(name) \(width)x\(height)", runs: runs(presses)) { run in
        consume(update(&current, .key(sequence[run % sequence.count])))
        consume(render(current))
    }
}

for (width, height) in sizes {
    results.append(keys("↓/↑ in the goals list (2, j)", views[3], width: width, height: height, [.down, .up], presses: 60))
    results.append(keys("↓/↑ in the volunteers list", views[5], width: width, height: height, [.down, .up], presses: 60))
    results.append(keys("→ next day in the calendar (l)", views[0], width: width, height: height, [.right], presses: 60))
    results.append(keys("Tab: next pane (all four in turn)", views[0], width: width, height: height, [.tab], presses: 60))
}

// MARK: Saving

progress("saving")
results.append(measureEach("safe save (LibraryStore.save: encode, check, lock, write, fsync, rename)", runs: runs(10)) { _ in
    if let next = try? store.save(library, over: fingerprint) { fingerprint = next }
})

let peak = peakResidentMegabytes()

// MARK: The table

let occurrencesInPlan = index.occurrences(in: LibraryGenerator.planRange(options)).count
var table = "Library: `bibplan generate --seed \(seed)` (in memory): \(library.events.count) events "
    + "(\(library.events.filter { $0.rrule != nil }.count) series), \(occurrencesInPlan) occurrences in "
    + "\(options.startYear)–\(options.startYear + options.years - 1), \(library.volunteers.count) volunteers, "
    + "\(library.shifts.count) shifts, \(library.goals.count) goals, \(library.initiatives.count) initiatives; "
    + "file \(String(format: "%.1f", Double(encoded.count) / 1_048_576)) MiB. Today = \(today.iso).\n\n"
table += "| measurement | runs | min ms | median ms | max ms | note |\n"
table += "|---|---:|---:|---:|---:|---|\n"
for result in results where !result.milliseconds.isEmpty {
    table += "| \(result.name) | \(result.milliseconds.count) | \(formatted(result.minimum)) | \(formatted(result.median)) | "
        + "\(formatted(result.maximum)) | \(result.note) |\n"
}
table += "| peak RSS of the benchmark process (getrusage ru_maxrss) | 1 | | \(String(format: "%.1f", peak)) MB "
    + "| | all of the above in one process |\n"
print(table, terminator: "")

if let appendPath {
    let heading = "\n### bibplan-bench, \(utcTimestamp()), \(machineDescription())\n\n"
        + "`swift build -c release --scratch-path .build-bench && .build-bench/release/bibplan-bench --append \(appendPath)`\n\n"
    let text = heading + table
    if let handle = FileHandle(forWritingAtPath: appendPath) {
        handle.seekToEndOfFile()
        handle.write(Data(text.utf8))
        handle.closeFile()
    } else {
        _ = FileManager.default.createFile(atPath: appendPath, contents: Data(("# Benchmarks\n" + text).utf8))
    }
    progress("appended to \(appendPath)")
}
