import BibplanUI
import CNcurses
#if canImport(Glibc)
import Glibc
#endif

/// The only place that talks to ncurses: starts and restores the terminal, draws
/// a finished `Screen` (changed cells only; ncurses then sends the minimum), and
/// turns key codes, mouse reports and signals into `TerminalEvent`s.
@MainActor
public final class CursesTerminal: TerminalDevice {
    private var previous: Screen?
    private let colors: CursesColors
    private var isOpen = true
    private let mouse: Bool
    private var decoder = InputDecoder()
    private var clicks = ClickTracker()
    /// Decoded but not yet returned (an Escape and the key after it come from one read).
    private var queued: [TerminalEvent] = []

    /// Starts full-screen mode; nil when standard input and output are not a terminal
    /// ncurses knows (`TERM` unknown or `dumb`, a pipe). With `useMouse`, clicks and the
    /// wheel are reported (SGR 1006) until `close()`. Call `close()` on every way out.
    public init?(useColor: Bool, useMouse: Bool = true) {
        setlocale(LC_ALL, "")
        guard let terminalType = getenv("TERM").map({ String(cString: $0) }), !terminalType.isEmpty, terminalType != "dumb",
              bibplan_newterm() != nil else { return nil }
        bibplan_install_signal_handlers()
        bibplan_install_crash_handlers()
        cbreak()
        noecho()
        nonl()
        intrflush(bibplan_stdscr(), false)
        keypad(bibplan_stdscr(), true)
        set_escdelay(25)
        curs_set(0)
        colors = CursesColors(enabled: useColor && has_colors())
        mouse = useMouse
        bibplan_leave_mouse_reports_to_us()
        if useMouse {
            bibplan_install_stop_handler()
            bibplan_set_mouse(1)
        }
    }

    /// Restores the terminal. Safe to call more than once.
    public func close() {
        guard isOpen else { return }
        isOpen = false
        if mouse { bibplan_set_mouse(0) }
        curs_set(1)
        endwin()
    }

    public var size: (width: Int, height: Int) {
        (Int(bibplan_cols()), Int(bibplan_lines()))
    }

    public func draw(_ screen: Screen) {
        if ScreenDiff.needsFullRedraw(from: previous, to: screen) { erase() }
        ScreenDiff.forEachChange(from: previous, to: screen) { x, y, cell in put(cell, x: x, y: y) }
        previous = screen
        refresh()
    }

    public func nextEvent(milliseconds: Int) -> TerminalEvent? {
        if let event = pendingSignal() { return event }
        if !queued.isEmpty { return queued.removeFirst() }
        // A started escape sequence waits for its rest as long as the decoder says.
        while true {
            timeout(Int32(decoder.waitMilliseconds ?? milliseconds))
            var character: wint_t = 0
            let result = get_wch(&character)
            if let event = pendingSignal() { return event }
            let events: [TerminalEvent]
            if result == ERR {
                if bibplan_input_hung_up(0) != 0 { return .hangUp }
                guard decoder.isPending else { return nil }
                events = decoder.flush()
            } else if result == bibplan_key_code_yes() {
                if Int32(character) == bibplan_key_resize() {
                    previous = nil
                    queued += decoder.flush()
                    queued.append(.resize(width: Int(bibplan_cols()), height: Int(bibplan_lines())))
                    return queued.removeFirst()
                }
                events = decoder.feed(code: Int32(character))
            } else {
                events = decoder.feed(scalar: UInt32(character))
            }
            queued += events.map(counted)
            if !queued.isEmpty { return queued.removeFirst() }
            if !decoder.isPending { return nil }
        }
    }

    /// A press with its click count (double clicks), from the monotonic clock.
    private func counted(_ event: TerminalEvent) -> TerminalEvent {
        guard case .mouse(let report) = event else { return event }
        var now = timespec()
        clock_gettime(CLOCK_MONOTONIC, &now)
        let milliseconds = Int(now.tv_sec) * 1000 + Int(now.tv_nsec) / 1_000_000
        return .mouse(clicks.register(report, atMilliseconds: milliseconds))
    }

    private func pendingSignal() -> TerminalEvent? {
        if bibplan_take_continue() != 0 {
            bibplan_resume_mouse()
            previous = nil
            clearok(bibplan_stdscr(), true)
            return .redraw
        }
        switch bibplan_take_signal() {
        case 0: return nil
        case SIGINT: return .key(.control("c"))
        default: return .hangUp
        }
    }

    private func put(_ cell: Cell, x: Int, y: Int) {
        var attributes = bibplan_a_normal()
        if cell.style.bold { attributes |= bibplan_a_bold() }
        if cell.style.reverse { attributes |= bibplan_a_reverse() }
        if cell.style.underline { attributes |= bibplan_a_underline() }
        if cell.style.dim { attributes |= bibplan_a_dim() }
        let pair = colors.pair(foreground: cell.style.foreground, background: cell.style.background)
        // The character's scalars and a terminating 0, on the stack: no allocation per cell.
        let scalars = cell.character.unicodeScalars
        withUnsafeTemporaryAllocation(of: wchar_t.self, capacity: scalars.count + 1) { buffer in
            var count = 0
            for scalar in scalars {
                buffer[count] = wchar_t(bitPattern: scalar.value)
                count += 1
            }
            buffer[count] = 0
            _ = bibplan_put_cell(Int32(y), Int32(x), buffer.baseAddress, attributes, pair)
        }
    }
}

/// Colour pairs, made on first use; none when colours are off (NO_COLOR, monochrome).
@MainActor
struct CursesColors {
    let enabled: Bool

    init(enabled: Bool) {
        self.enabled = enabled
        guard enabled else { return }
        start_color()
        use_default_colors()
        for foreground in -1..<8 {
            for background in -1..<8 {
                let pair = Self.number(foreground, background)
                if pair > 0, pair < bibplan_color_pairs() { init_pair(Int16(pair), Int16(foreground), Int16(background)) }
            }
        }
    }

    static func number(_ foreground: Int, _ background: Int) -> Int {
        (foreground + 1) * 9 + (background + 1)
    }

    func pair(foreground: Color?, background: Color?) -> Int16 {
        guard enabled else { return 0 }
        let number = Self.number(foreground.map { Int($0.rawValue) } ?? -1, background.map { Int($0.rawValue) } ?? -1)
        return number < bibplan_color_pairs() ? Int16(number) : 0
    }
}
