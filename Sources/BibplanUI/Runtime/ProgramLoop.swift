import BibplanCore

/// The run loop: events in, `update`, effects performed, frames out.
/// Draws only when the state changed, so an idle program writes nothing.
@MainActor
public struct ProgramLoop {
    public var state: AppState
    /// Performs an effect the loop does not handle itself; may answer with an action.
    public var perform: (Effect) -> Action?
    /// Today's date from the real clock, or nil when the date is pinned.
    public var clock: () -> Day?
    /// Looks at the library file while idle; an action when it changed.
    public var watch: () -> Action?
    /// The library's wall-clock time, or nil when it is not followed (the date is pinned). Read on
    /// every idle tick; a new minute is drawn, so today's ongoing and next occurrences stay true.
    public var now: () -> LocalDateTime? = { nil }
    /// Runs saves on another thread; without one, `perform` saves while the keys wait.
    public var saver: SaveWorker?

    public init(state: AppState, perform: @escaping (Effect) -> Action?, clock: @escaping () -> Day?,
                watch: @escaping () -> Action? = { nil }) {
        self.state = state
        self.perform = perform
        self.clock = clock
        self.watch = watch
    }

    /// Runs until quit or hang-up; returns the final state.
    @discardableResult
    public mutating func run(on terminal: TerminalDevice) -> AppState {
        let size = terminal.size
        _ = update(&state, .resize(width: size.width, height: size.height))
        if let time = now() { _ = update(&state, .timeChanged(time)) }
        terminal.draw(render(state))
        while true {
            // While a save runs, look for its end often; otherwise wake twice a second.
            let event = terminal.nextEvent(milliseconds: saver?.isBusy == true ? 15 : 500)
            if let finished = saver?.poll(), dispatch(finished, terminal) { return state }
            guard let event else {
                tick(terminal)
                continue
            }
            switch event {
            case .hangUp:
                // Saves are whole or not at all: let a running one end, with what was changed meanwhile.
                while let finished = saver?.wait() { _ = dispatch(finished, nil) }
                return state
            case .redraw: terminal.draw(render(state))
            case .resize(let width, let height): if dispatch(.resize(width: width, height: height), terminal) { return state }
            case .key(let key): if dispatch(.key(key), terminal) { return state }
            case .mouse(let mouse): if dispatch(.mouse(mouse), terminal) { return state }
            }
        }
    }

    /// While idle: the new day after midnight, changes on disk, and the new minute.
    /// Nothing is drawn when none of them changed anything.
    private mutating func tick(_ terminal: TerminalDevice) {
        if let day = clock(), day != state.today { _ = dispatch(.dayChanged(day), terminal) }
        if let change = watch() { _ = dispatch(change, terminal) }
        if let time = now(), time != state.now { _ = dispatch(.timeChanged(time), terminal) }
    }

    /// Applies an action and its effects, then draws. True when the program should end.
    private mutating func dispatch(_ action: Action, _ terminal: TerminalDevice?) -> Bool {
        var pending = [action]
        var quitting = false
        while !pending.isEmpty || quitting {
            if pending.isEmpty {
                // Quit waits for a running save: a failure must not be quit over unseen.
                if let finished = saver?.wait() { pending.append(finished); continue }
                guard state.hasUnsavedChanges else { return true }
                quitting = false
                state.overlay = .confirmQuit
                break
            }
            for effect in update(&state, pending.removeFirst()) {
                if effect == .quit {
                    guard saver?.isBusy == true else { return true }
                    quitting = true
                    continue
                }
                switch saver?.start(effect) ?? .notASave {
                case .started: pending.append(.saveStarted)
                case .alreadyRunning: break
                case .notASave: if let answer = perform(effect) { pending.append(answer) }
                }
            }
        }
        terminal?.draw(render(state))
        return false
    }
}
