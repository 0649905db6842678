#if canImport(Glibc)
import Glibc
#endif

// bibplan-stress: many processes changing one library through the store at once.
//
//   bibplan-stress --dir DIR --processes N --changes M [--kill-randomly] [--seed S]
//   bibplan-stress --worker K --dir DIR --changes M [--seed S]          (started by the above)
//   bibplan-stress --save-loop --dir DIR [--count C]                     (saves big/small versions)
//   bibplan-stress --verify-loop --dir DIR [--require-clean]             (checks what the loop left)

switch Options.parse(Array(CommandLine.arguments.dropFirst())) {
case .failure(let problem):
    Output.error("bibplan-stress: \(problem.message)\n\(Options.usage)")
    exit(2)
case .success(let options):
    switch options.mode {
    case .coordinate: exit(Coordinator(options: options).run())
    case .worker(let number): exit(Worker(options: options, number: number).run())
    case .saveLoop: exit(SaveLoop(options: options).run())
    case .verifyLoop: exit(SaveLoop(options: options).verify())
    }
}
