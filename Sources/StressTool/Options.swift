/// The command line of `bibplan-stress`.
struct Options {
    enum Mode: Equatable {
        case coordinate
        case worker(Int)
        case saveLoop
        case verifyLoop
    }

    var mode = Mode.coordinate
    var directory = ""
    var processes = 4
    var changes = 25
    var killRandomly = false
    var seed: UInt64?
    /// Save loop: stop after this many saves (nil: until killed).
    var count: Int?
    /// Verify loop: temporary files left behind are a failure.
    var requireClean = false
    /// Coordinator: give up (and fail) after this many seconds.
    var timeout = 1800.0

    static let usage = """
        usage: bibplan-stress --dir DIR --processes N --changes M [--kill-randomly] [--seed S] [--timeout SECONDS]
               bibplan-stress --save-loop --dir DIR [--count C]
               bibplan-stress --verify-loop --dir DIR [--require-clean]
        """

    /// What is wrong with the command line.
    struct Problem: Error {
        let message: String
    }

    static func parse(_ arguments: [String]) -> Result<Options, Problem> {
        var options = Options()
        var rest = arguments[...]
        while let flag = rest.popFirst() {
            switch flag {
            case "--kill-randomly": options.killRandomly = true
            case "--save-loop": options.mode = .saveLoop
            case "--verify-loop": options.mode = .verifyLoop
            case "--require-clean": options.requireClean = true
            case "--dir", "--processes", "--changes", "--seed", "--worker", "--count", "--timeout":
                guard let value = rest.popFirst() else { return .failure(Problem(message: "\(flag) needs a value")) }
                if let problem = options.set(flag, value) { return .failure(Problem(message: problem)) }
            default:
                return .failure(Problem(message: "unknown argument \(flag)"))
            }
        }
        if options.directory.isEmpty { return .failure(Problem(message: "--dir is required")) }
        return .success(options)
    }

    private mutating func set(_ flag: String, _ value: String) -> String? {
        switch flag {
        case "--dir":
            directory = value
        case "--processes":
            guard let number = Int(value), (1...64).contains(number) else { return "--processes must be 1…64" }
            processes = number
        case "--changes":
            guard let number = Int(value), number >= 0 else { return "--changes must be a number ≥ 0" }
            changes = number
        case "--seed":
            guard let number = UInt64(value) else { return "--seed must be a number" }
            seed = number
        case "--worker":
            guard let number = Int(value), number >= 1 else { return "--worker must be a number ≥ 1" }
            mode = .worker(number)
        case "--count":
            guard let number = Int(value), number >= 0 else { return "--count must be a number ≥ 0" }
            count = number
        case "--timeout":
            guard let number = Double(value), number > 0 else { return "--timeout must be seconds > 0" }
            timeout = number
        default:
            return "unknown argument \(flag)"
        }
        return nil
    }

    /// The arguments that start worker `number` for these options.
    func workerArguments(_ number: Int, seed: UInt64) -> [String] {
        ["--worker", String(number), "--dir", directory, "--changes", String(changes), "--seed", String(seed)]
    }
}
